/**
 * Child process of lock.test.ts: takes and releases the output-folder lock in a loop for a while.
 * Each time it holds the lock it enters a critical section marked by a file created with `wx`:
 * if the marker already exists, another process holds the lock at the same time (a violation).
 * Prints one JSON line: how often it held the lock and how many violations it saw.
 * Usage: node --import tsx lockChild.ts <target> <marker> <milliseconds>
 */
import { closeSync, openSync, unlinkSync } from 'node:fs';
import { acquireLock } from '../../generator/write/swap.ts';

const [target, marker, duration] = process.argv.slice(2);
const end = Date.now() + Number(duration);
let acquired = 0;
let violations = 0;
let errors = 0;
while (Date.now() < end) {
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(target);
  } catch {
    errors++;
    continue;
  }
  if ('heldBy' in lock) continue;
  acquired++;
  let entered = false;
  try {
    closeSync(openSync(marker, 'wx'));
    entered = true;
  } catch {
    violations++;
  }
  // Stay inside a little, so that overlapping holders have time to collide.
  for (let i = 0; i < 2000; i++);
  if (entered) unlinkSync(marker);
  lock.release();
}
process.stdout.write(`${JSON.stringify({ pid: process.pid, acquired, violations, errors })}\n`);
