import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, recoverOutput, writeOutput } from '../../generator/write/index.ts';
import { freshTmpDir, readTree, repoRoot } from './harness.ts';
import { syntheticOutput } from './syntheticOutput.ts';

const root = freshTmpDir('crash');
const target = join(root, 'pkg');
const COUNT = 800;
const USER_FILE = 'NOTES.md';
const versions = { A: syntheticOutput('A', COUNT), B: syntheticOutput('BB', COUNT) };

/** What the folder holds when version `v` was written whole: its files, the user's file, the manifest. */
function expectedTree(v: keyof typeof versions): Record<string, string> {
  return Object.fromEntries([...versions[v].map((f) => [f.path, f.contents]), [USER_FILE, 'written by a person']]);
}

/** Which whole version the folder holds, or a description of the mixture. */
function wholeVersion(): keyof typeof versions | string {
  const tree = readTree(target);
  const manifest = tree[MANIFEST_FILE];
  delete tree[MANIFEST_FILE];
  for (const v of ['A', 'B'] as const) {
    const expected = expectedTree(v);
    if (JSON.stringify(tree) === JSON.stringify(Object.fromEntries(Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : 1))))) {
      assert.equal(Object.keys(JSON.parse(manifest).files).sort(), versions[v].map((f) => f.path).sort(), `manifest of ${v}`);
      return v;
    }
  }
  return `a mixture of ${Object.keys(tree).length} files`;
}

function runChild(version: 'A' | 'BB', killAfterMs?: number): Promise<{ elapsed: number; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'build', 'crashChild.ts'), target, version, String(COUNT)], { cwd: repoRoot });
    let started = 0;
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (started === 0 && chunk.toString().includes('writing')) {
        started = performance.now();
        if (killAfterMs !== undefined) setTimeout(() => { killed = child.kill('SIGKILL'); }, killAfterMs);
      }
    });
    child.on('exit', (_code, signal) => resolve({ elapsed: performance.now() - started, killed: killed && signal === 'SIGKILL' }));
  });
}

test('killed at 20 random points, the output folder is always the old or the new output, whole', async () => {
  writeOutput(target, versions.A);
  writeFileSync(join(target, USER_FILE), 'written by a person');
  assert.is(wholeVersion(), 'A');

  // How long a whole write takes here; kills are spread over that window.
  const full = await runChild('BB');
  assert.is(wholeVersion(), 'B');
  const window = full.elapsed;

  let current: 'A' | 'B' = 'B';
  const seen = { old: 0, new: 0, interrupted: 0 };
  for (let i = 0; i < 20; i++) {
    const next = current === 'A' ? 'B' : 'A';
    const { killed } = await runChild(next === 'A' ? 'A' : 'BB', Math.random() * window * 1.2);
    const leftovers = readdirSync(root).filter((e) => e !== 'pkg' && !e.endsWith('.lock'));
    if (killed && leftovers.length > 0) seen.interrupted++;
    // Straight after the kill, before any recovery: a target that exists is whole.
    if (existsSync(target)) assert.ok([current, next].includes(wholeVersion() as 'A'), `kill ${i}: ${wholeVersion()}`);
    recoverOutput(target);
    const state = wholeVersion();
    assert.ok(state === current || state === next, `after recovery from kill ${i}: ${state}`);
    assert.equal(readdirSync(root), ['pkg'], 'recovery leaves nothing beside the folder');
    if (state === current) seen.old++;
    else seen.new++;
    current = state as 'A' | 'B';
  }
  console.log(`20 kills over a ${Math.round(window)} ms write: ${seen.interrupted} interrupted mid-write, ${seen.old} left the old output, ${seen.new} the new`);
  assert.ok(seen.interrupted > 0, 'at least one kill landed in the middle of a write');
});

test.run();
