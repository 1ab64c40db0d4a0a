/**
 * Model text is data. The kitchen-sink model with hostile text planted in every free-text field
 * must produce docs where that text is inert in every format: Markdown rendered by a CommonMark
 * renderer that passes raw HTML, RST rendered by docutils with raw HTML enabled, the HTML site as
 * written, and the TypeScript examples as parsed by esbuild.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import MarkdownIt from 'markdown-it';
import { transformSync } from 'esbuild';
import { emitDocs } from '../../generator/emit/docs/index.ts';
import { kitchenSinkIr } from './harness.ts';
import { MARK, plantHostile } from './hostile.ts';
import { markdownTree, readRstPage } from './pageTrees.ts';
import { renderRst } from './rstRender.ts';

const benign = new Map(emitDocs(kitchenSinkIr()).map((f) => [f.path, f.contents]));
const hostile = new Map(emitDocs(plantHostile(kitchenSinkIr())).map((f) => [f.path, f.contents]));
const ofKind = (ext: string) => [...hostile].filter(([p]) => p.endsWith(ext));

// As GitHub's renderer before its sanitiser: raw HTML passes, so escaping is the only defence.
const markdown = new MarkdownIt('default', { html: true, linkify: true });

/** Markup that must never come out of model text, in any rendered format. */
function injected(html: string): string[] {
  const found: string[] = [];
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  found.push(...scripts.filter((s) => !/^<script src="(\.\.\/)?assets\/(search|names)\.js" defer>$/.test(s)));
  const allowed = [/^<link rel="(icon|stylesheet)" href="(data:,|(\.\.\/)?assets\/style\.css)">$/, /^<meta http-equiv="Content-Security-Policy" /,
    /^<form class="search" action="(\.\.\/)?index\.html" method="get" role="search">$/];
  const tags = html.match(/<(img|iframe|object|embed|style|link|meta http-equiv|base|form|svg|math)\b[^>]*>/gi) ?? [];
  found.push(...tags.filter((t) => !allowed.some((a) => a.test(t))));
  found.push(...(html.match(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi) ?? []));
  found.push(...(html.match(/(href|src)\s*=\s*["']?\s*javascript:/gi) ?? []));
  found.push(...(html.match(/<h[1-6][^>]*>[^<]*Heading from the model/gi) ?? []));
  return found;
}

test('the same files are emitted, and the planted text reaches every page', () => {
  assert.equal([...hostile.keys()], [...benign.keys()]);
  for (const [path, contents] of hostile) {
    if (path.includes('/assets/')) continue;
    assert.ok(contents.includes(MARK), `${path} shows none of the planted text`);
  }
});

test('Markdown: planted HTML, links and headings stay text; the member trees are intact', () => {
  for (const [path, contents] of ofKind('.md')) {
    assert.equal(injected(markdown.render(contents)), [], path);
    assert.ok(contents.includes('{{constructor}}'), `${path}: the planted template text must come out as written`);
  }
  for (const op of ['CreateWidget', 'GetWidget', 'DeleteWidget']) {
    const path = `docs/operations/${op}.md`;
    for (const which of ['Request', 'Response'] as const) {
      assert.equal([...markdownTree(hostile.get(path)!, which).keys()], [...markdownTree(benign.get(path)!, which).keys()], `${path} ${which}`);
    }
  }
});

test('Markdown: the TypeScript examples still parse and carry the planted strings as string literals', () => {
  for (const [path, contents] of ofKind('.md')) {
    for (const block of contents.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)) {
      const js = transformSync(block[2], { loader: 'ts', format: 'esm' }).code;
      assert.not.ok(/alert\(/.test(js.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '')), `${path}: code outside string literals:\n${js}`);
    }
  }
});

test('RST: docutils renders every page without errors, with no raw HTML, directive or heading from the model', () => {
  const pages = Object.fromEntries([...ofKind('.rst'), ...[...benign].filter(([p]) => p.endsWith('.rst')).map(([p, c]) => [`benign:${p}`, c])]);
  const rendered = renderRst(pages);
  for (const [name, { html: page, messages }] of Object.entries(rendered)) {
    assert.is(messages, '', `${name}: docutils reported problems`);
    const html = page.slice(page.indexOf('<body>'));
    assert.equal(injected(html), [], name);
    assert.is(html.match(/<h1\b/g)?.length, 1, `${name}: one title only`);
    assert.not.ok(/<h[2-6]\b/.test(html), `${name}: no section may come from model text`);
  }
  for (const [path, contents] of ofKind('.rst')) {
    const directives = contents.split('\n').filter((l) => /^\s*\.\. /.test(l) && !/^\.\. py:method:: /.test(l));
    assert.equal(directives, [], path);
    assert.equal([...readRstPage(contents).entries.keys()], [...readRstPage(benign.get(path)!).entries.keys()], path);
  }
});

test('HTML: no planted script, handler, javascript: link or heading; template braces come out as text', () => {
  for (const [path, contents] of ofKind('.html')) {
    assert.equal(injected(contents), [], path);
    assert.ok(contents.includes('{{constructor}}'), path);
  }
});

test.run();
