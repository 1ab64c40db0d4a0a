/**
 * The HTML reference of the real service (model/) in headless Chromium: every page loads with no
 * console error and no request leaving the site, reads at phone width, and every internal link
 * resolves. Leaves a phone-width screenshot of the seed operation in test/.tmp for review.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../generator/load/index.ts';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { addSite, checkSite, origin, requireBrowser, start, stop } from './browserHarness.ts';
import { repoRoot } from './harness.ts';

test.before(async () => {
  const { ir, diagnostics } = await loadModel(join(repoRoot, 'model'));
  if (!ir) throw new Error(`model/ does not load:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  addSite('service', ir);
  await start();
});
test.after(stop);

test('the service site: every page loads cleanly and every internal link resolves', async () => {
  assert.equal(await checkSite('service'), []);
});

test('a phone-width screenshot of the seed operation is taken for review', async () => {
  const ctx = requireBrowser();
  const page = await ctx.newPage();
  await page.goto(`${origin}/service/operations/AssociateWhatsAppBusinessAccount.html`);
  const dir = join(repoRoot, 'test/.tmp/docs-screens');
  mkdirSync(dir, { recursive: true });
  const shot = await page.screenshot({ path: join(dir, 'AssociateWhatsAppBusinessAccount-phone.png'), fullPage: false });
  assert.ok(shot.length > 10_000, 'the screenshot is not blank');
  await page.close();
});

test.run();
