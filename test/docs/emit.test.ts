/**
 * The docs emitter on the hand-built fixture that has every shape kind, constraint, rule and error
 * field: the files it writes, golden output (UPDATE_GOLDEN=1 to accept a change after reading the
 * diff), and that every page shows what the IR holds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { emitDocs } from '../../generator/emit/docs/index.ts';
import { TEMPLATE_ROOT } from '../../generator/emit/docs/render/templates.ts';
import { compareGolden, fixturesDir, kitchenSinkIr } from './harness.ts';
import { operationPageProblems } from './pageChecks.ts';
import { readRstPage } from './pageTrees.ts';

const ir = kitchenSinkIr();
const files = emitDocs(ir);
const byPath = new Map(files.map((f) => [f.path, f.contents]));

test('writes the README, the Markdown, RST and HTML reference and the site assets', () => {
  const expected = [
    'README.md',
    'docs/index.md',
    'docs/html/index.html',
    'docs/html/assets/style.css',
    'docs/html/assets/search.js',
    'docs/html/assets/names.js',
    ...ir.operations.flatMap((op) => [`docs/operations/${op.name}.md`, `docs/html/operations/${op.name}.html`]),
    'docs/rst/create_widget.rst',
    'docs/rst/get_widget.rst',
    'docs/rst/delete_widget.rst',
    // Errors and shapes shared by several operations get a page; a shape used once does not.
    'docs/shapes/ValidationException.md',
    'docs/shapes/Tag.md',
    'docs/html/shapes/ThrottlingException.html',
  ];
  for (const path of expected) assert.ok(byPath.has(path), `missing ${path}`);
  assert.not.ok(byPath.has('docs/shapes/Dimensions.md'), 'Dimensions is used by one operation only');
  assert.is(new Set(files.map((f) => f.path)).size, files.length, 'no path is emitted twice');
});

test('the output matches the golden files', () => {
  // The site's assets are copied verbatim from templates/: compared with their source, not kept twice.
  const copied = new Set(readdirSync(join(TEMPLATE_ROOT, 'html/assets')).map((name) => `docs/html/assets/${name}`));
  const pages = files.filter((f) => !copied.has(f.path));
  const problems = compareGolden(pages, join(fixturesDir, 'kitchen-sink/golden'));
  assert.equal(problems, []);
});

test('the site assets are the files under templates/docs/html/assets', () => {
  for (const name of ['style.css', 'search.js']) {
    assert.is(byPath.get(`docs/html/assets/${name}`), readFileSync(join(TEMPLATE_ROOT, 'html/assets', name), 'utf8'));
  }
});

test('emitting twice gives the same bytes', () => {
  assert.equal(emitDocs(kitchenSinkIr()), files);
});

test('each operation page shows every constraint, rule, error and the HTTP binding of the model', () => {
  for (const op of ir.operations) {
    assert.equal(operationPageProblems(ir, op, byPath.get(`docs/operations/${op.name}.md`)!), [], op.name);
  }
});

test('the operation page uses the model example and says when it has to make one up', () => {
  const create = byPath.get('docs/operations/CreateWidget.md')!;
  assert.ok(create.includes('### Create a red widget'));
  assert.ok(create.includes('createdAt: new Date("2024-05-01T12:00:00Z")'));
  assert.not.ok(create.includes('placeholders made up'));
  const get = byPath.get('docs/operations/GetWidget.md')!;
  assert.ok(get.includes('placeholders made up'));
  assert.ok(get.includes('widgetId: "string"'), 'required members are in the made-up example');
});

test('every TypeScript example in the Markdown pages parses', () => {
  for (const [path, contents] of byPath) {
    if (!path.endsWith('.md')) continue;
    for (const block of contents.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)) {
      assert.not.throws(() => transformSync(block[2], { loader: 'ts', format: 'esm' }), `${path}:\n${block[2]}`);
    }
  }
});

test('the RST page lists every request and response member, with boto3 types and [REQUIRED] markers', () => {
  const page = readRstPage(byPath.get('docs/rst/create_widget.rst')!);
  assert.equal(page.entries.get('request:name'), { type: 'string', required: true });
  assert.equal(page.entries.get('request:tags.*.key'), { type: 'string', required: true });
  assert.equal(page.entries.get('request:labels.*.*'), { type: 'string', required: false });
  assert.equal(page.entries.get('request:createdAt'), { type: 'datetime', required: false });
  assert.equal(page.entries.get('request:thumbnail'), { type: 'bytes', required: false });
  // Responses in boto3's layout never carry [REQUIRED].
  assert.equal(page.entries.get('response:*.widgetId'), { type: 'string', required: false });
  assert.equal(page.exceptions, ['ValidationException', 'ThrottlingException', 'InternalServerError', 'AccessDeniedException']);
});

test('shape pages name the generated type, and errors their status', () => {
  const internal = byPath.get('docs/shapes/InternalServerError.md')!;
  assert.ok(internal.includes('HTTP status **500** (server fault, retryable, wire code `InternalFailure`)'));
  const index = byPath.get('docs/index.md')!;
  assert.ok(index.includes('[`Tag`](<shapes/Tag.md>)'));
});

test.run();
