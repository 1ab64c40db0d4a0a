import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { modelToYaml } from '../../generator/export/index.ts';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { importSmithy } from '../../generator/import/smithy/index.ts';
import { loadModelTexts } from '../../generator/load/index.ts';
import type { EmittedFile } from '../../generator/emit/emitter.ts';
import { FIXTURES, readJson, withoutLocations } from './harness.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Compares emitted files with `<case>/expected/`; UPDATE_GOLDEN=1 rewrites the folder instead. */
function assertGolden(caseName: string, files: EmittedFile[]): void {
  const dir = join(FIXTURES, caseName, 'expected');
  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.contents);
    }
    return;
  }
  assert.equal(files.map((f) => f.path).sort(), listFiles(dir).sort(), 'file list');
  for (const f of files) assert.fixture(f.contents, readFileSync(join(dir, f.path), 'utf8'), f.path);
}

const cases = {
  'botocore-features': () => importBotocore(readJson(join(FIXTURES, 'botocore-features', 'service-2.json'))),
  'smithy-features': () => importSmithy(readJson(join(FIXTURES, 'smithy-features', 'model.json'))),
  'botocore-edge-cases': () => importBotocore(readJson(join(FIXTURES, 'botocore-edge-cases', 'service-2.json'))),
  'smithy-edge-cases': () => importSmithy(readJson(join(FIXTURES, 'smithy-edge-cases', 'model.json'))),
};

for (const [name, load] of Object.entries(cases)) {
  test(`${name}: exported YAML matches the golden files`, () => {
    assertGolden(name, modelToYaml(load().ir));
  });

  test(`${name}: the exported YAML loads back to the same IR`, () => {
    const { ir } = load();
    const loaded = loadModelTexts(modelToYaml(ir).map((f) => ({ file: f.path, text: f.contents })));
    assert.equal(loaded.diagnostics.map(formatDiagnostic), []);
    assert.ok(isDeepStrictEqual(withoutLocations(loaded.ir), withoutLocations(ir)));
  });
}

test('layout: operation files hold their own shapes, errors and shared shapes have their files', () => {
  const files = modelToYaml(cases['botocore-features']().ir);
  const text = (path: string) => files.find((f) => f.path === path)?.contents ?? '';
  assert.equal(files.map((f) => f.path), [
    'service.yaml', 'errors.yaml', 'operations/DeleteThing.yaml', 'operations/GetThing.yaml', 'operations/ListFoo.yaml',
    'operations/PutThing.yaml', 'shapes/numbers.yaml', 'shapes/strings.yaml', 'shapes/structures.yaml',
  ]);
  assert.match(text('shapes/structures.yaml'), /^shapes:\n  PutThingInput:\n/, 'a shape no operation uses is shared');
  assert.match(text('operations/GetThing.yaml'), /\n  GetThingRequest:\n/);
  assert.match(text('operations/ListFoo.yaml'), /\n  Choice:\n/, 'used by one operation only');
  assert.match(text('errors.yaml'), /\n  NotFound:\n    type: structure\n    error: \{ status: 404, fault: client, code: NotFoundError \}/);
  assert.match(text('shapes/strings.yaml'), /\n  ThingId:\n/, 'shared by two operations');
  assert.match(text('service.yaml'), /version: "2020-02-02"/);
});

test('concise forms: bare member targets, label shorthand, flow bounds, block docs', () => {
  const files = modelToYaml(cases['botocore-features']().ir);
  const get = files.find((f) => f.path === 'operations/GetThing.yaml')!.contents;
  assert.match(get, /      etag: \{ target: String_2, http: \{ header: ETag \} \}/);
  assert.match(get, /      path: \{ target: String_2, required: true, http: label \}/);
  // Too long for one line: a block, whose http binding is still in flow style.
  assert.match(get, /      thingId:\n        target: ThingId\n        required: true\n        http: \{ label: ThingId \}\n        hostLabel: true\n/);
  const del = files.find((f) => f.path === 'operations/DeleteThing.yaml')!.contents;
  assert.match(del, /    deprecated: \{ message: Use PutThing\. \}/);
  assert.match(del, /    code: 204/);
});

test.run();
