// The sidebar lists every operation and shape (from names.js, a file beside this one, so pages
// do not each repeat them) and filters them, and the index tables, as the reader types. Nothing is
// fetched; `index.html?q=...` opens pre-filtered.
'use strict';

function buildNav() {
  const names = globalThis.shapecraftNames;
  const root = document.documentElement.dataset.root || '';
  if (!names) return;
  for (const list of document.querySelectorAll('[data-nav]')) {
    for (const entry of names[list.dataset.nav] || []) {
      const item = document.createElement('li');
      item.dataset.name = entry.name;
      const link = document.createElement('a');
      link.href = root + entry.href;
      link.textContent = entry.name;
      item.append(link);
      list.append(item);
    }
  }
}

function normalise(text) {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function applyFilter(query) {
  const needle = normalise(query);
  let shown = 0;
  for (const list of document.querySelectorAll('[data-search-list]')) {
    for (const entry of list.querySelectorAll('[data-name]')) {
      const match = needle === '' || normalise(entry.dataset.name).includes(needle);
      entry.hidden = !match;
      if (match) shown += 1;
    }
    const details = list.closest('details');
    if (details && needle !== '') details.open = true;
  }
  const status = document.getElementById('search-status');
  if (status) {
    status.hidden = needle === '';
    status.textContent = `${shown} match${shown === 1 ? '' : 'es'} for “${query}”`;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  buildNav();
  // On a phone the lists start folded so the page itself comes first; beside it they start open.
  if (window.matchMedia('(min-width: 56rem)').matches) {
    for (const details of document.querySelectorAll('[data-open-on-wide-screens]')) details.open = true;
  }
  const input = document.getElementById('q');
  if (!input) return;
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    applyFilter(initial);
  }
  input.addEventListener('input', () => applyFilter(input.value));
});
