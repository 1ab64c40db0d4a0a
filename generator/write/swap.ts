import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
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
 * Takes the target's lock, or says who holds it. A lock left by a process that no longer exists
 * (a killed run) is taken over.
 */
export function acquireLock(target: string): { release: () => void } | { heldBy: number } {
  const { lock } = swapPaths(target);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(lock, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) return { heldBy: holder };
      try {
        unlinkSync(lock);
      } catch {
        // Another run removed the stale lock first; try again.
      }
    }
  }
  throw new Error(`could not take the lock ${lock}`);
}

/**
 * Finishes or undoes the swap of a run that was killed, and removes its leftovers. Call it with
 * the lock held: any leftover folder then belongs to a dead run. Returns what it did, for the log.
 */
export function recoverInterruptedSwap(target: string): string[] {
  const parent = dirname(target);
  const name = basename(target);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(tmp|new|old)-(\\d+)$`);
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
