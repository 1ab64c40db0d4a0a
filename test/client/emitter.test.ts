/**
 * The client and mock emitters on the `notes` fixture: output matches the golden files
 * (UPDATE_GOLDEN=1 rewrites them), runtime files are copied byte for byte, and the whole generated
 * package (types, validators, client, mock) type-checks under the strict settings users compile with.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emitClient } from '../../generator/emit/client/index.ts';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { emitTypes } from '../../generator/emit/types/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import { ROOT, writePackage } from './generate.ts';
import { loadNotes } from './notes.ts';

// `out/` folders under fixtures are excluded from the repository's type-check (tsconfig.json).
const GOLDEN = join(ROOT, 'test/client/fixtures/notes/out');
const ir = await loadNotes();
const files = [...emitClient(ir), ...emitMock(ir)];
const generated = files.filter((f) => !f.path.startsWith('src/runtime/'));

test('generated client and mock files match the golden files', () => {
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(GOLDEN, { recursive: true, force: true });
    for (const f of generated) {
      mkdirSync(dirname(join(GOLDEN, f.path)), { recursive: true });
      writeFileSync(join(GOLDEN, f.path), f.contents);
    }
  }
  for (const f of generated) {
    const path = join(GOLDEN, f.path);
    assert.ok(existsSync(path), `no golden file for ${f.path} (run with UPDATE_GOLDEN=1)`);
    assert.fixture(f.contents, readFileSync(path, 'utf8'), f.path);
  }
  const goldenCount = readdirSync(GOLDEN, { recursive: true }).filter((p) => String(p).endsWith('.ts')).length;
  assert.is(goldenCount, generated.length, 'a golden file has no generated counterpart');
});

test('runtime files are copies of templates/runtime', () => {
  const runtime = files.filter((f) => f.path.startsWith('src/runtime/'));
  assert.ok(runtime.length > 15);
  for (const f of runtime) assert.is(f.contents, readFileSync(join(ROOT, 'templates', f.path.slice('src/'.length)), 'utf8'), f.path);
});

test('model text never escapes its literal or comment', () => {
  const op = generated.find((f) => f.path === 'src/client/operations/PutNote.ts')!.contents;
  assert.not.match(op, /\*\/ console\.log/);
  const schemas = generated.find((f) => f.path === 'src/client/schemas.ts')!.contents;
  assert.match(schemas, /jsonName: "o\\"dd \*\/ \\u2028\$\{x\}"/);
});

test('emitting twice gives the same bytes', () => {
  assert.equal([...emitClient(ir), ...emitMock(ir)], files);
});

test('the generated package type-checks (strict, NodeNext)', () => {
  const dir = join(ROOT, 'test/.tmp/typecheck-notes');
  writePackage(dir, [...emitTypes(ir), ...emitValidators(ir), ...files]);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, allowJs: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      include: ['src'],
    }),
  );
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', cwd: ROOT });
  assert.is(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);
});

test('a bundle that calls one operation leaves the other operations and the wire schemas out', async () => {
  const dir = join(ROOT, 'test/.tmp/typecheck-notes');
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: `import { NotesBaseClient, putNote } from ${JSON.stringify(join(dir, 'src/client/index.ts'))};\nexport const run = (i) => putNote(new NotesBaseClient(), i);`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    // This folder has no package.json to swap in the browser platform module (platform.test.ts checks the swap).
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  assert.match(code, /name: "PutNote"/);
  assert.match(code, /\$greedyLabel\("path", /, "PutNote's serializer is not in the bundle");
  assert.not.match(code, /name: "GetNote"/, 'GetNote is in the bundle');
  // The wire schemas (the operation's HTTP binding and serde schemas) are data for the mock only.
  assert.not.match(code, /uri: "|members: \[/, 'the wire schema is in the bundle');
  assert.not.match(code, /class NotesClient\b/, 'the all-methods client is in the bundle');
});

test.run();
