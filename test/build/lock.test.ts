/**
 * The output folder's lock (generator/write/swap.ts): one holder at a time, even when several
 * processes race for it, and a lock left by a killed run is taken over without ever removing the
 * lock of a live one.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, LOCK_GRACE_MS, swapPaths } from '../../generator/write/swap.ts';
import { freshTmpDir, repoRoot } from './tmpdir.ts';

const root = freshTmpDir('lock');
let counter = 0;
function target(): string {
  return join(root, `case${counter++}`, 'pkg');
}

function freshCase(): { target: string; lock: string } {
  const dir = target();
  spawnSync('mkdir', ['-p', join(dir, '..')]);
  return { target: dir, lock: swapPaths(dir).lock };
}

/** The pid of a process that has already exited: what a killed run leaves in its lock. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '0']).pid;
  assert.ok(pid !== undefined && pid > 0);
  return pid as number;
}

function holds(lock: ReturnType<typeof acquireLock>): lock is { release: () => void } {
  return 'release' in lock;
}

interface ChildReport {
  pid: number;
  acquired: number;
  violations: number;
  errors: number;
}

function runContender(lockTarget: string, marker: string, ms: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'build', 'lockChild.ts'), lockTarget, marker, String(ms)], { cwd: repoRoot });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(out.trim()) as ChildReport);
      } catch {
        reject(new Error(`contender exited with ${code}: ${out}${err}`));
      }
    });
  });
}

test('six processes racing for the lock are never inside together', async () => {
  const { target: dir } = freshCase();
  const marker = join(dir, '..', 'inside');
  const reports = await Promise.all(Array.from({ length: 6 }, () => runContender(dir, marker, 3000)));
  const total = reports.reduce((sum, r) => sum + r.acquired, 0);
  const violations = reports.reduce((sum, r) => sum + r.violations, 0);
  console.log(`lock race: ${total} acquisitions over ${reports.length} processes, ${violations} violations`);
  assert.is(violations, 0, `two holders at once: ${JSON.stringify(reports)}`);
  assert.is(reports.reduce((sum, r) => sum + r.errors, 0), 0, `acquireLock threw: ${JSON.stringify(reports)}`);
  assert.ok(reports.every((r) => r.acquired > 0), `every process got the lock at least once: ${JSON.stringify(reports)}`);
  assert.equal(readdirSync(join(dir, '..')), [], 'nothing is left beside the target');
});

test('the lock file holds the pid from the instant it exists', () => {
  const { target: dir, lock } = freshCase();
  const held = acquireLock(dir);
  assert.ok(holds(held));
  assert.is(Number(readFileSync(lock, 'utf8').trim().split(/\s+/)[0]), process.pid);
  held.release();
  assert.not.ok(existsSync(lock));
  assert.equal(readdirSync(join(dir, '..')), [], 'no temporary file is left beside the lock');
});

test('a lock held by a live process is reported, not taken', () => {
  const { target: dir, lock } = freshCase();
  writeFileSync(lock, String(process.ppid));
  const result = acquireLock(dir);
  assert.equal(result, { heldBy: process.ppid });
  assert.is(readFileSync(lock, 'utf8'), String(process.ppid));
});

test('a lock left by a dead process is taken over', () => {
  const { target: dir, lock } = freshCase();
  writeFileSync(lock, String(deadPid()));
  const held = acquireLock(dir);
  assert.ok(holds(held));
  assert.is(Number(readFileSync(lock, 'utf8').trim().split(/\s+/)[0]), process.pid);
  held.release();
  assert.equal(readdirSync(join(dir, '..')), []);
});

test('an empty lock file is a lock being written: live while young, stale once old', () => {
  const { target: dir, lock } = freshCase();
  writeFileSync(lock, '');
  const young = acquireLock(dir);
  assert.ok('heldBy' in young, 'a fresh empty lock is not taken over');
  assert.ok(existsSync(lock));
  const past = (Date.now() - LOCK_GRACE_MS - 5_000) / 1000;
  utimesSync(lock, past, past);
  const held = acquireLock(dir);
  assert.ok(holds(held), 'an empty lock older than the grace period is taken over');
  held.release();
});

test('release removes the lock only while it is still ours', () => {
  const { target: dir, lock } = freshCase();
  const held = acquireLock(dir);
  assert.ok(holds(held));
  // Someone else's lock now stands at the path (ours was taken from us): it must survive release.
  writeFileSync(lock, String(process.ppid));
  held.release();
  assert.ok(existsSync(lock));
  assert.is(readFileSync(lock, 'utf8'), String(process.ppid));
});

test.run();
