import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { EmittedFile } from '../emit/emitter.ts';
import { readManifest } from './manifest.ts';
import { checkOutputPaths } from './pathSafety.ts';
import { conflictDiagnostics, planOutput, type OutputPlan } from './plan.ts';
import { stageOutput } from './stage.ts';
import { acquireLock, recoverInterruptedSwap, swapIntoPlace, swapPaths } from './swap.ts';

export { describePlan, planOutput, type OutputPlan } from './plan.ts';
export { checkOutputPaths } from './pathSafety.ts';
export { MANIFEST_FILE } from './manifest.ts';

export interface WriteOptions {
  /** Replace files in the way that shapecraft did not write. */
  force?: boolean;
  /** How long to wait for another run that holds the lock before giving up (default 10 s). */
  lockWaitMs?: number;
}

/** Sleeps without returning to the event loop: the writer is synchronous from lock to swap. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the lock, waiting a while for a live holder (a watch run, a second terminal) to finish. */
function lockWithin(dir: string, waitMs: number): ReturnType<typeof acquireLock> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = acquireLock(dir);
    if (!('heldBy' in lock) || Date.now() >= deadline) return lock;
    sleepSync(100);
  }
}

export interface WriteResult {
  diagnostics: Diagnostic[];
  /** What the write found; absent when it refused before looking. */
  plan?: OutputPlan;
  /** False when the folder already held this output and nothing was touched. */
  wrote: boolean;
  /** What recovery did about an earlier interrupted run. */
  recovered: string[];
}

/**
 * The only code that changes an output folder. It refuses unsafe paths, writes nothing when the
 * folder is already up to date, and otherwise replaces the folder whole (see swap.ts), keeping
 * files it did not write and removing files it wrote before that are no longer produced.
 */
export function writeOutput(dir: string, files: readonly EmittedFile[], options: WriteOptions = {}): WriteResult {
  const diagnostics = checkOutputPaths(files.map((f) => f.path));
  if (diagnostics.length > 0) return { diagnostics, wrote: false, recovered: [] };

  mkdirSync(dirname(dir), { recursive: true });
  const lock = lockWithin(dir, options.lockWaitMs ?? 10_000);
  if ('heldBy' in lock) {
    return {
      diagnostics: [{
        code: 'SC8004',
        severity: 'error',
        message: `another shapecraft run (${holderName(lock.heldBy)}) is writing ${dir}`,
        hint: 'it did not finish within the wait; a lock left by a process that has exited is taken over automatically',
      }],
      wrote: false,
      recovered: [],
    };
  }
  try {
    const recovered = recoverInterruptedSwap(dir);
    const plan = planOutput(dir, files);
    if (plan.upToDate) return { diagnostics: [], plan, wrote: false, recovered };
    if (plan.conflicts.length > 0 && !options.force) {
      return { diagnostics: conflictDiagnostics(plan), plan, wrote: false, recovered };
    }
    const paths = swapPaths(dir);
    const previous = existsSync(dir) ? readManifest(dir) : { files: {} };
    try {
      stageOutput(dir, paths.staging, files, new Set(plan.unchanged), previous, plan.manifest);
    } catch (error) {
      // The target was never touched; only the half-built staging folder needs to go.
      rmSync(paths.staging, { recursive: true, force: true });
      throw error;
    }
    swapIntoPlace(paths);
    return { diagnostics: [], plan, wrote: true, recovered };
  } finally {
    lock.release();
  }
}

/** Recovery on its own, for tools that read an output folder after a crash without writing it. */
export function recoverOutput(dir: string): string[] {
  if (!existsSync(dirname(dir))) return [];
  const lock = acquireLock(dir);
  if ('heldBy' in lock) return [];
  try {
    return recoverInterruptedSwap(dir);
  } finally {
    lock.release();
  }
}

/** A lock's holder as a message names it: 0 is a lock whose pid could not be read yet. */
export function holderName(pid: number): string {
  return pid > 0 ? `process ${pid}` : 'an unknown process';
}
