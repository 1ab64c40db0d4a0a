import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { modelFilePaths } from '../load/modelFiles.ts';

/**
 * Below this much model YAML, the emitters run on the main thread: a worker spends about half a
 * second of a core importing the emitters, more than a small model's emitters take side by side
 * (socialmessaging, 100 KB, emits in about 1.3 s in all). quicksight's model is 1.5 MB.
 */
const PARALLEL_MIN_BYTES = 512 * 1024;

/**
 * On two cores, quicksight generated no faster on two worker threads than on the main thread
 * (`node --import tsx bench/generation.ts 1 180 <threads>`, twice each: 13.69 and 15.05 s against
 * 12.95 and 15.21 s) with about a quarter more CPU and two thirds more memory; V8's own background
 * threads (marking, sweeping, compiling) likely already use the second core. Moving only the docs
 * to one worker, with the code emitters and the compile on this thread, did not help either: the
 * validators and the docs each ran about half as fast side by side, and nothing was gained. So the
 * pool waits for four cores.
 */
const PARALLEL_MIN_CORES = 4;

/** How many threads should run the emitters of the model in `dir`: 1 means the main thread. */
export async function emitterThreads(dir: string): Promise<number> {
  const cores = availableParallelism();
  if (cores < PARALLEL_MIN_CORES) return 1;
  try {
    let bytes = 0;
    for (const path of await modelFilePaths(dir)) bytes += (await stat(path)).size;
    return bytes >= PARALLEL_MIN_BYTES ? cores : 1;
  } catch {
    // The loader reports an unreadable model folder, with its location; here it is only small.
    return 1;
  }
}
