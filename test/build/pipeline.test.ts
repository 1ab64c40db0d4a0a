import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_ENTRIES, pruneCache } from '../../generator/emit/package/compile/compile.ts';
import type { ShapecraftConfig } from '../../generator/config/loadConfig.ts';
import type { EmitterSet } from '../../generator/config/emitters.ts';
import { emitPackage } from '../../generator/emit/package/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { runPipeline, type ModelLoader } from '../../generator/pipeline.ts';
import { freshTmpDir } from './harness.ts';

const root = freshTmpDir('pipeline');
const config: ShapecraftConfig = {
  root, model: join(root, 'model'), out: join(root, 'generated'), package: {}, emitters: [], packageEmitter: true,
  cacheDir: join(root, '.shapecraft-cache'),
};
const ir: ServiceIR = {
  name: 'demo', title: 'Demo', version: '1', protocol: 'restJson1', signingName: 'demo', endpoint: 'https://x.{region}.example.com',
  errors: [], operations: [], shapes: [], package: { name: '@shapecraft/demo', version: '0.1.0', license: 'Apache-2.0' },
};
const load = (model: ServiceIR = ir): ModelLoader => async () => ({ ir: model, diagnostics: [] });
const set = (emitters: EmitterSet['emitters'], packageEmitter = true): EmitterSet => ({ emitters, packageEmitter: packageEmitter ? emitPackage : undefined });

test('emitted TypeScript is compiled to ESM, declarations and source maps; prebuilt .js and .d.ts files are copied', async () => {
  const result = await runPipeline(config, {
    load: load(),
    emitterSet: set([
      { name: 'one', emit: () => [{ path: 'src/index.ts', contents: "import { check } from './validators/check.js';\nexport const ok: boolean = check(1);\n" }] },
      { name: 'two', emit: () => [
        { path: 'src/validators/check.js', contents: "import { isOne } from './check.helper.js';\nexport function check(v) { return isOne(v); }\n" },
        { path: 'src/validators/check.helper.js', contents: 'export const isOne = (v) => v === 1;\n' },
        { path: 'src/validators/check.d.ts', contents: 'export declare function check(v: unknown): boolean;\n' },
      ] },
    ]),
  });
  assert.equal(result.diagnostics, []);
  const paths = result.files!.map((f) => f.path);
  assert.equal(paths.filter((p) => p.startsWith('dist/')), [
    'dist/index.d.ts', 'dist/index.d.ts.map', 'dist/index.js', 'dist/index.js.map',
    'dist/validators/check.d.ts', 'dist/validators/check.helper.js', 'dist/validators/check.js',
  ]);
  const js = result.files!.find((f) => f.path === 'dist/index.js')!.contents;
  assert.match(js, /^import \{ check \} from '\.\/validators\/check\.js';/m);
  const map = JSON.parse(result.files!.find((f) => f.path === 'dist/index.js.map')!.contents);
  assert.equal(map.sources, ['../src/index.ts']);
  assert.equal(paths, [...paths].sort());
  assert.is(result.packageDir, join(root, 'generated', 'demo'));
});

test('the compile step is skipped, and says so, when the sources have not changed', async () => {
  const emitterSet = set([{ name: 'one', emit: () => [{ path: 'src/index.ts', contents: 'export const cached = 1;\n' }] }]);
  const first = await runPipeline(config, { load: load(), emitterSet });
  const second = await runPipeline(config, { load: load(), emitterSet });
  assert.is(first.timings.find((t) => t.step === 'compile')?.note, undefined);
  assert.match(second.timings.find((t) => t.step === 'compile')?.note ?? '', /skipped: sources unchanged/);
  assert.equal(second.files, first.files);
  const forced = await runPipeline(config, { load: load(), emitterSet, noCache: true });
  assert.is(forced.timings.find((t) => t.step === 'compile')?.note, undefined);
});

test('the compile runs beside the docs, and again if they wrote something the compiler reads', async () => {
  const code = { name: 'code', emit: () => [{ path: 'src/index.ts', contents: 'export const a: number = 1;\n' }] };
  // The docs run without yielding to the event loop: the compiler must already have been started
  // (a child process is alive) when they begin, or nothing runs beside them.
  const processes = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;
  const before = processes();
  let compilerRunning: boolean | undefined;
  const docs = (extra: boolean) => ({
    name: 'docs',
    emit: () => {
      compilerRunning ??= processes() > before;
      return [{ path: 'docs/index.md', contents: '# Demo\n' }, ...(extra ? [{ path: 'src/extra.ts', contents: 'export const b: string = "b";\n' }] : [])];
    },
  });
  const plain = await runPipeline({ ...config, cacheDir: join(root, 'cache-ahead-1') }, { load: load(), emitterSet: set([code, docs(false)]) });
  assert.equal(plain.diagnostics, []);
  assert.ok(compilerRunning, 'the compiler was running when the docs started');
  assert.match(plain.timings.find((t) => t.step === 'compile')!.note ?? '', /beside the emitters/);
  assert.ok(plain.files!.some((f) => f.path === 'dist/index.js'));
  // The docs wrote a source after the compile started: that compile is dropped, the package is compiled again.
  const redone = await runPipeline({ ...config, cacheDir: join(root, 'cache-ahead-2') }, { load: load(), emitterSet: set([code, docs(true)]) });
  assert.equal(redone.diagnostics, []);
  assert.not.match(redone.timings.find((t) => t.step === 'compile')!.note ?? '', /beside/);
  assert.ok(redone.files!.some((f) => f.path === 'dist/extra.js'), 'the source the docs wrote is compiled');
});

test('the compile cache keeps the most recently used entries only', () => {
  const dir = join(root, 'prune');
  mkdirSync(dir, { recursive: true });
  const count = CACHE_ENTRIES + 3;
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `${i}.json`), '[]');
    utimesSync(join(dir, `${i}.json`), 1000 + i, 1000 + i);
  }
  utimesSync(join(dir, '0.json'), 5000, 5000); // used most recently
  pruneCache(dir);
  const kept = readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b));
  assert.is(kept.length, CACHE_ENTRIES);
  assert.equal(kept.slice(0, 2), ['0.json', '4.json']);
});

test('generated code that does not compile is a located diagnostic, and there are no files', async () => {
  const result = await runPipeline(config, {
    load: load(),
    emitterSet: set([{ name: 'one', emit: () => [{ path: 'src/index.ts', contents: 'export const n: number = "text";\n' }] }]),
  });
  assert.equal(result.diagnostics.map((d) => d.code), ['SC8201']);
  assert.equal(result.diagnostics[0].location, { file: 'generated/demo/src/index.ts', line: 1, column: 14 });
  assert.is(result.files, undefined);
});

test('two emitters writing one path: fine with the same bytes, an error with different ones', async () => {
  const shared = { path: 'src/runtime/shared.ts', contents: 'export const shared = 1;\n' };
  const same = await runPipeline(config, { load: load(), emitterSet: set([{ name: 'a', emit: () => [shared] }, { name: 'b', emit: () => [shared] }], false) });
  assert.equal(same.diagnostics, []);
  assert.equal(same.files, [shared]);
  const clash = await runPipeline(config, {
    load: load(),
    emitterSet: set([{ name: 'a', emit: () => [shared] }, { name: 'b', emit: () => [{ ...shared, contents: 'export const shared = 2;\n' }] }], false),
  });
  assert.equal(clash.diagnostics.map((d) => d.code), ['SC8005']);
  assert.match(clash.diagnostics[0].message, /"a" and "b" both write src\/runtime\/shared\.ts/);
  assert.is(clash.files, undefined);
});

test('an emitter that throws is reported, not a crash', async () => {
  const result = await runPipeline(config, { load: load(), emitterSet: set([{ name: 'broken', emit: () => { throw new Error('boom'); } }]) });
  assert.equal(result.diagnostics.map((d) => d.code), ['SC8006']);
  assert.match(result.diagnostics[0].message, /"broken" failed: boom/);
});

test('model errors stop the run before any emitter', async () => {
  let emitted = false;
  const result = await runPipeline(config, {
    load: async () => ({ diagnostics: [{ code: 'SC1001', severity: 'error', message: 'bad' }] }),
    emitterSet: set([{ name: 'spy', emit: () => { emitted = true; return []; } }]),
  });
  assert.is(emitted, false);
  assert.is(result.files, undefined);
  assert.equal(result.timings.map((t) => t.step), ['load']);
});

test('a service name that would leave the output folder is refused', async () => {
  for (const name of ['../escape', '/abs', 'a/b', '.']) {
    const result = await runPipeline(config, { load: load({ ...ir, name }), emitterSet: set([]) });
    assert.equal(result.diagnostics.map((d) => d.code), ['SC8001'], name);
    assert.is(result.packageDir, undefined);
  }
});

test('emitted paths from model names are checked before anything is compiled or written', async () => {
  const result = await runPipeline(config, {
    load: load(),
    emitterSet: set([{ name: 'docs', emit: () => [
      { path: 'docs/shapes/Tag.md', contents: '1' }, { path: 'docs/shapes/TAG.md', contents: '2' }, { path: 'docs/../../../escape.md', contents: '3' },
    ] }]),
  });
  assert.equal(result.diagnostics.map((d) => d.code).sort(), ['SC8001', 'SC8002']);
  assert.equal(result.timings.map((t) => t.step), ['load', 'emit']);
  assert.is(result.files, undefined);
});

test('the config\'s package name and version override the model\'s', async () => {
  const result = await runPipeline({ ...config, package: { name: 'renamed', version: '9.9.9' } }, {
    load: load(), emitterSet: set([{ name: 'one', emit: () => [{ path: 'src/index.ts', contents: 'export {};\n' }] }]),
  });
  const pkg = JSON.parse(result.files!.find((f) => f.path === 'package.json')!.contents);
  assert.equal([pkg.name, pkg.version, pkg.license], ['renamed', '9.9.9', 'Apache-2.0']);
});

test.run();
