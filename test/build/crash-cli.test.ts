import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, readTree, runCli, spawnCli, writeProbe } from './harness.ts';

/**
 * The real generator killed at random points of a whole run (load, emit, compile, write): the
 * package folder is always the old or the new output, whole; the next run finishes the job.
 * crash.test.ts does the same 20 times against the writer alone, where a kill is most dangerous.
 */
const project = makeProject('crash-cli', ['types', 'package']);
const pkg = join(project, 'generated', 'socialmessaging');
const original = 'The original words.';
const variant = 'The changed words.';

function generateWhole(model: string): { tree: Record<string, string>; ms: number } {
  writeProbe(project, model);
  const started = performance.now();
  const run = runCli(['generate', '--no-cache'], { cwd: project });
  assert.is(run.code, 0, run.stderr);
  return { tree: readTree(pkg), ms: performance.now() - started };
}

test('killed at random points of a run, the package is the old or the new output, whole', async () => {
  const variantRun = generateWhole(variant);
  const originalRun = generateWhole(original);
  const outputs = [originalRun.tree, variantRun.tree];
  const window = Math.max(originalRun.ms, variantRun.ms);
  let model = original;
  for (let i = 0; i < 6; i++) {
    model = model === original ? variant : original;
    writeProbe(project, model);
    const child = spawnCli(['generate', '--no-cache'], { cwd: project });
    const delay = Math.random() * window;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      child.on('exit', () => { clearTimeout(timer); resolve(); });
    });
    // Straight after the kill, before any recovery: a package folder that exists is whole.
    if (existsSync(pkg)) {
      const tree = readTree(pkg);
      assert.ok(outputs.some((o) => JSON.stringify(o) === JSON.stringify(tree)), `kill ${i} after ${Math.round(delay)} ms left a mixture`);
    }
    // The next run recovers whatever the kill left and produces the new output.
    const next = runCli(['generate'], { cwd: project });
    assert.is(next.code, 0, next.stderr);
    assert.equal(readTree(pkg), outputs[model === original ? 0 : 1], `after kill ${i}, the next run gives the new output`);
    assert.equal(readdirSync(join(project, 'generated')), ['socialmessaging']);
  }
});

test.run();
