/**
 * Emitters on worker threads (generator/parallel): the same files as on the main thread, and every
 * way a worker can fail becomes a diagnostic for that emitter, while the others still finish.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import type { ShapecraftConfig } from '../../generator/config/loadConfig.ts';
import { importEmitter } from '../../generator/config/emitters.ts';
import { startEmitterPool } from '../../generator/parallel/emitInParallel.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { runPipeline } from '../../generator/pipeline.ts';
import { freshTmpDir, repoRoot } from './harness.ts';

const root = freshTmpDir('parallel');
const config: ShapecraftConfig = {
  root, model: join(repoRoot, 'model'), out: join(root, 'generated'), package: {},
  emitters: ['types', 'validators', 'client', 'mock', 'docs'], packageEmitter: false, cacheDir: join(root, '.shapecraft-cache'),
};

test('the shipped model gives the same files, byte for byte, on two worker threads as on the main thread', async () => {
  const main = await runPipeline(config, { threads: 1 });
  const threaded = await runPipeline(config, { threads: 2 });
  assert.equal(main.diagnostics, []);
  assert.equal(threaded.diagnostics, []);
  assert.ok(main.files!.length > 100, `${main.files!.length} files`);
  assert.equal(threaded.files!.map((f) => f.path), main.files!.map((f) => f.path));
  const differing = threaded.files!.filter((f, i) => f.contents !== main.files![i].contents).map((f) => f.path);
  assert.equal(differing, []);
  assert.match(threaded.timings.find((t) => t.step === 'emit')!.note ?? '', /on worker threads/);
  assert.not.match(main.timings.find((t) => t.step === 'emit')!.note ?? '', /on worker threads/);
});

const fixture = new URL('./fixtures/emitters/emitters.ts', import.meta.url).href;
const ir = { name: 'demo', title: 'Demo service' } as ServiceIR;

test('a pool returns results in task order; a throw, a dead thread and a bad module are reported per task', async () => {
  const pool = startEmitterPool(
    [
      { name: 'exits', module: fixture, exportName: 'emitExits' },
      { name: 'good', module: fixture, exportName: 'emitName' },
      { name: 'throws', module: fixture, exportName: 'emitThrows' },
      { name: 'missing', module: new URL('./fixtures/emitters/absent.ts', import.meta.url).href, exportName: 'emit' },
      { name: 'notAFunction', module: fixture, exportName: 'notAFunction' },
      { name: 'again', module: fixture, exportName: 'emitName' },
    ],
    2,
  );
  try {
    const results = await pool.run(ir);
    assert.equal(results.map((r) => r.name), ['exits', 'good', 'throws', 'missing', 'notAFunction', 'again']);
    const [exits, good, throws, missing, notAFunction, again] = results;
    assert.equal(exits.error, 'its worker thread stopped: exit code 3');
    assert.equal(good.files, [{ path: 'demo.txt', contents: 'Demo service\n' }]);
    assert.equal(again.files, good.files);
    assert.equal(throws.error, 'planted failure');
    assert.equal(throws.error && throws.failedAt, 'emit');
    assert.equal(missing.error && missing.failedAt, 'load');
    assert.match(notAFunction.error ?? '', /does not export a function notAFunction/);
    // The main thread loads emitters through the same function: the same failure, the same words.
    const absent = new URL('./fixtures/emitters/absent.ts', import.meta.url).href;
    const onMain = await importEmitter(absent, 'emit').then(() => 'loaded', (e: Error) => e.message);
    assert.is(missing.error, onMain);
    assert.match(onMain, /^could not be loaded from file:.*absent\.ts: /);
    assert.is(await importEmitter(fixture, 'notAFunction').then(() => 'loaded', (e: Error) => e.message), notAFunction.error);
  } finally {
    await pool.close();
  }
});

test('when every worker thread has died, the tasks left are reported instead of waiting for ever', async () => {
  const pool = startEmitterPool(
    [
      { name: 'first', module: fixture, exportName: 'emitExits' },
      { name: 'second', module: fixture, exportName: 'emitExits' },
      { name: 'third', module: fixture, exportName: 'emitName' },
    ],
    2,
  );
  try {
    const results = await pool.run(ir);
    assert.equal(results.map((r) => r.error), ['its worker thread stopped: exit code 3', 'its worker thread stopped: exit code 3', 'no worker thread is left to run it']);
  } finally {
    await pool.close();
  }
});

test.run();
