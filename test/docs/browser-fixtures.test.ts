/**
 * The HTML reference of the fixture model and of the hostile-model variant in headless Chromium:
 * pages load cleanly, links resolve, planted text neither runs nor fetches nor overflows a phone
 * screen, and search filters the lists.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addSite, checkSite, origin, requireBrowser, start, stop } from './browserHarness.ts';
import { kitchenSinkIr } from './harness.ts';
import { plantHostile } from './hostile.ts';

test.before(async () => {
  addSite('kitchen-sink', kitchenSinkIr());
  addSite('hostile', plantHostile(kitchenSinkIr()));
  await start();
});
test.after(stop);

test('the fixture site: every page loads cleanly and every internal link resolves', async () => {
  assert.equal(await checkSite('kitchen-sink'), []);
});

test('the hostile-model site: nothing runs, nothing is fetched, nothing overflows a phone screen', async () => {
  assert.equal(await checkSite('hostile'), []);
});

test('search filters operations and shapes as the reader types, and from ?q= on the index', async () => {
  const ctx = requireBrowser();
  const page = await ctx.newPage();
  await page.goto(`${origin}/kitchen-sink/index.html`);
  await page.fill('#q', 'widget');
  const shown = await page.$$eval('[data-search-list] [data-name]:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.name));
  const hidden = await page.$$eval('[data-search-list] [data-name][hidden]', (els) => els.length);
  assert.ok(shown.length > 0 && hidden > 0, `shown ${shown.length}, hidden ${hidden}`);
  assert.ok(shown.every((n) => /widget/i.test(n ?? '')), shown.join(', '));
  await page.goto(`${origin}/kitchen-sink/index.html?q=tag`);
  const fromQuery = await page.$$eval('tbody[data-search-list] [data-name]:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.name));
  assert.equal(fromQuery, ['Tag']);
  await page.close();
});

test.run();
