import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replacing a whole folder so that a crash at any instant leaves either the old or the new folder,
 * never a mixture. Files are never written into the target itself:
 *
 *   1. the new tree is built in `.<name>.tmp-<pid>` beside the target (same file system);
 *   2. once complete it is renamed to `.<name>.new-<pid>`: a `.new-` folder is always whole;
 *   3. the target is renamed to `.<name>.old-<pid>`, the `.new-` folder is renamed to the target,
 *      and the old folder is removed.
 *
 * A kill between the two renames of step 3 leaves no target for an instant; `recoverInterruptedSwap`,
 * which every writer runs first, finishes the swap from the whole `.new-` folder (or, failing that,
 * puts the `.old-` folder back). A lock file keeps two writers from interleaving on one target.
 */

export interface SwapPaths {
  target: string;
  staging: string;
  complete: string;
  old: string;
  lock: string;
  /** Where a run writes its pid before linking it to `lock`. */
  lockCandidate: string;
  /** Where a run moves a lock it believes stale, to check it before deleting it. */
  staleLock: string;
}

export function swapPaths(target: string, pid = process.pid): SwapPaths {
  const parent = dirname(target);
  const name = basename(target);
  return {
    target,
    staging: join(parent, `.${name}.tmp-${pid}`),
    complete: join(parent, `.${name}.new-${pid}`),
    old: join(parent, `.${name}.old-${pid}`),
    lock: join(parent, `.${name}.lock`),
    lockCandidate: join(parent, `.${name}.lock-${pid}`),
    staleLock: join(parent, `.${name}.stale-${pid}`),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a process exists (owned by anyone): leftovers of a live run are not ours to remove. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * How long a lock file that names no process (empty or unreadable) counts as live. With `linkSync`
 * a lock never exists without its pid, but a lock written by an older shapecraft, or one on a file
 * system that lost its contents, must not be taken from a run that may still be working.
 */
export const LOCK_GRACE_MS = 10_000;
/** A lock that appears and vanishes this many times in one call is busy: say so rather than spin. */
const LOCK_ATTEMPTS = 50;

let lockSerial = 0;

/**
 * What a lock file says about its holder: a pid, nobody (the file is gone), or unknown (empty,
 * garbage or unreadable). `text` is the whole contents, which identify one acquisition.
 */
type LockHolder = { kind: 'pid'; pid: number; text: string } | { kind: 'gone' } | { kind: 'unknown'; text: string };

function readLockHolder(lock: string): LockHolder {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    return { kind: 'unknown', text: '' };
  }
  const pid = Number(text.trim().split(/\s+/)[0]);
  return Number.isInteger(pid) && pid > 0 ? { kind: 'pid', pid, text } : { kind: 'unknown', text };
}

/** Whether the holder may still be working: a live process other than us, or a young nameless lock. */
function isLiveHolder(lock: string, holder: LockHolder): boolean {
  if (holder.kind === 'pid') return holder.pid !== process.pid && isAlive(holder.pid);
  if (holder.kind === 'gone') return false;
  try {
    return Date.now() - statSync(lock).mtimeMs < LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

/**
 * Creates the lock already holding `contents`, or returns false when a lock exists. The contents
 * go into a private file first, which is then hard-linked to the lock path: `link` fails with
 * EEXIST atomically, so no other process can ever see a lock without its pid.
 */
function tryCreateLock({ lock, lockCandidate: candidate }: SwapPaths, contents: string): boolean {
  writeFileSync(candidate, contents);
  try {
    linkSync(candidate, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
}

/**
 * Removes a stale lock, but only the one that was judged stale. Reading and then deleting the path
 * would remove a fresh lock that another run created in between; instead the lock is renamed to a
 * name of our own (atomic: whatever file it is, only we now have it), re-read, and deleted only if
 * it is the stale one. A fresh lock moved by mistake (two runs took over the same stale lock, and a
 * third created its own in between) is linked back. POSIX has no compare-and-delete, so a fourth
 * run could still slip in during those two calls; that needs a dead holder and three racing runs.
 */
function removeStaleLock({ lock, staleLock: grave }: SwapPaths, stale: LockHolder): void {
  try {
    renameSync(lock, grave);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // another run took it over first
    throw error;
  }
  const moved = readLockHolder(grave);
  const sameLock = moved.kind !== 'gone' && stale.kind !== 'gone' && moved.text === stale.text;
  if (!sameLock) {
    try {
      linkSync(grave, lock);
    } catch {
      // A third run holds the path now; nothing safe is left to do with the moved lock.
    }
  }
  rmSync(grave, { force: true });
}

/** Deletes the lock only while it still holds our contents: never another run's lock. */
function releaseLock(lock: string, contents: string): void {
  const holder = readLockHolder(lock);
  if (holder.kind !== 'gone' && holder.text === contents) rmSync(lock, { force: true });
}

/**
 * Takes the target's lock, or says who holds it (0 when the lock names no process). A lock left by
 * a process that no longer exists (a killed run) is taken over.
 */
export function acquireLock(target: string): { release: () => void } | { heldBy: number } {
  const paths = swapPaths(target);
  const { lock } = paths;
  // The pid says who holds the lock; the serial and time make each acquisition's contents unique,
  // so release and takeover can tell this lock from a later one of the same process.
  const contents = `${process.pid} ${lockSerial++} ${Date.now()}\n`;
  let lastHolder = 0;
  for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
    if (tryCreateLock(paths, contents)) return { release: () => releaseLock(lock, contents) };
    const holder = readLockHolder(lock);
    if (holder.kind === 'gone') continue; // released between our link and our read
    if (isLiveHolder(lock, holder)) return { heldBy: holder.kind === 'pid' ? holder.pid : 0 };
    lastHolder = holder.kind === 'pid' ? holder.pid : 0;
    removeStaleLock(paths, holder);
  }
  return { heldBy: lastHolder };
}

/**
 * Finishes or undoes the swap of a run that was killed, and removes its leftovers. Call it with
 * the lock held: any leftover folder then belongs to a dead run. Returns what it did, for the log.
 */
export function recoverInterruptedSwap(target: string): string[] {
  const parent = dirname(target);
  const name = basename(target);
  if (!existsSync(parent)) return [];
  // `lock-` and `stale-` files are the lock's own leftovers (see acquireLock), of a run killed mid-way.
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(tmp|new|old|lock|stale)-(\\d+)$`);
  const leftovers = readdirSync(parent)
    .map((entry) => ({ entry, match: pattern.exec(entry) }))
    .filter((x): x is { entry: string; match: RegExpExecArray } => x.match !== null)
    .map(({ entry, match }) => ({ path: join(parent, entry), kind: match[1], pid: Number(match[2]) }))
    .filter((x) => x.pid === process.pid || !isAlive(x.pid))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const actions: string[] = [];
  if (!existsSync(target)) {
    const restore = leftovers.find((x) => x.kind === 'new') ?? leftovers.find((x) => x.kind === 'old');
    if (restore) {
      renameSync(restore.path, target);
      actions.push(`completed an interrupted write: restored ${name} from ${basename(restore.path)}`);
      leftovers.splice(leftovers.indexOf(restore), 1);
    }
  }
  for (const leftover of leftovers) {
    rmSync(leftover.path, { recursive: true, force: true });
    actions.push(`removed ${basename(leftover.path)} left by an interrupted run`);
  }
  return actions;
}

/** Steps 2 and 3 above: the staging folder is whole when this is called. */
export function swapIntoPlace(paths: SwapPaths): void {
  renameSync(paths.staging, paths.complete);
  const hadTarget = existsSync(paths.target);
  if (hadTarget) renameSync(paths.target, paths.old);
  try {
    renameSync(paths.complete, paths.target);
  } catch (error) {
    // The new folder could not move in (permissions, a folder that appeared meanwhile): put the old
    // one back rather than leave no output at all.
    if (hadTarget && !existsSync(paths.target)) renameSync(paths.old, paths.target);
    throw error;
  }
  if (hadTarget) rmSync(paths.old, { recursive: true, force: true });
}
