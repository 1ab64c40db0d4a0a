import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emitClient } from '../../generator/emit/client/index.ts';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { emitTypes } from '../../generator/emit/types/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { modelToYaml } from '../../generator/export/index.ts';
import { loadModelTexts } from '../../generator/load/index.ts';
import { ROOT } from './harness.ts';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** A strict, standalone TypeScript project around the emitted files, as a consumer would compile them. */
const TSCONFIG = {
  compilerOptions: {
    strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext',
    skipLibCheck: true, noUnusedLocals: true, types: [],
  },
  include: ['src'],
};

function writeFiles(dir: string, files: { path: string; contents: string }[]): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
}

function assertStrictTypeCheck(dir: string, withNode = false): void {
  // The mock server runs on node:http: its package needs Node's types.
  const types = withNode ? { types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] } : {};
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, ...types } }));
  const tsc = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  assert.is(tsc.status, 0, `tsc --strict failed:\n${(tsc.stdout + tsc.stderr).split('\n').slice(0, 20).join('\n')}`);
}

/**
 * For each model: import, the YAML export loads (the emitters get what `generate` would give
 * them), then the types emitter's output, then with the validators', then with the client's and
 * the mock's type-check under `tsc --strict`, so a failure points at one emitter.
 */
export function scaleTests(cases: [name: string, importIR: () => ServiceIR][]): void {
  const tmp = join(ROOT, 'test', '.tmp', `import-scale-${process.pid}`);
  test.after(() => rmSync(tmp, { recursive: true, force: true }));
  for (const [name, importIR] of cases) {
    const dir = join(tmp, name.replace(/[^A-Za-z0-9.-]/g, '_'));
    let ir: ServiceIR | undefined;
    test(`${name}: imports and loads; its types type-check under --strict`, () => {
      const imported = importIR();
      const loaded = loadModelTexts(modelToYaml(imported).map((f) => ({ file: f.path, text: f.contents })));
      // A model the loader rejects (see the roundtrip tests) still goes to the emitters as imported.
      ir = loaded.ir ?? imported;
      rmSync(dir, { recursive: true, force: true });
      writeFiles(dir, emitTypes(ir));
      assertStrictTypeCheck(dir);
    });
    test(`${name}: its validators type-check under --strict`, () => {
      assert.ok(ir, 'the model imported');
      writeFiles(dir, emitValidators(ir!));
      assertStrictTypeCheck(dir);
    });
    test(`${name}: its client (generated serde included) and mock server type-check under --strict`, () => {
      assert.ok(ir, 'the model imported');
      writeFiles(dir, [...emitClient(ir!), ...emitMock(ir!)]);
      assertStrictTypeCheck(dir, true);
    });
  }
}
