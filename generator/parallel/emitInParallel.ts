import { Worker } from 'node:worker_threads';
import type { ServiceIR } from '../ir/types.ts';
import type { EmitterTask, TaskResult, WorkerRequest } from './protocol.ts';

const WORKER = new URL('./worker.mjs', import.meta.url);

/**
 * Emitters are pure functions of the IR, so they can run side by side on worker threads: on a
 * large model the validators (AJV) and the docs each take seconds of one core. The pool is
 * started before the model is loaded, so the workers import the emitters while the parent loads;
 * `run` then sends the IR and hands out emitters, longest first, to whichever worker is free.
 * Results come back in task order whatever order they finish in, so the output does not depend
 * on timing.
 */
export interface EmitterPool {
  run(ir: ServiceIR): Promise<TaskResult[]>;
  close(): Promise<void>;
}

export function startEmitterPool(tasks: readonly EmitterTask[], threads: number): EmitterPool {
  const workers = Array.from({ length: Math.max(1, Math.min(threads, tasks.length)) }, () => new Worker(WORKER, { workerData: tasks, execArgv: [] }));
  // Until run() listens, a worker that fails to start must not become an unhandled 'error' event.
  const early = new Map<Worker, Error>();
  for (const worker of workers) worker.once('error', (error: Error) => early.set(worker, error));

  const run = (ir: ServiceIR): Promise<TaskResult[]> =>
    new Promise((resolve) => {
      const queue = [...tasks];
      const results = new Map<string, TaskResult>();
      const finish = (result: TaskResult): void => {
        results.set(result.name, result);
        if (results.size === tasks.length) resolve(tasks.map((task) => results.get(task.name)!));
      };
      for (const worker of workers) {
        let current: EmitterTask | undefined;
        const next = (): void => {
          current = queue.shift();
          if (current) worker.postMessage({ kind: 'run', name: current.name } satisfies WorkerRequest);
        };
        const fail = (error: Error): void => {
          // A worker that died takes its current task with it; the others finish the queue.
          if (current) finish({ name: current.name, error: `its worker thread stopped: ${error.message}`, failedAt: 'emit', ms: 0 });
          current = undefined;
          if (!workers.some((w) => w !== worker && w.threadId !== -1)) for (const task of queue.splice(0)) finish({ name: task.name, error: 'no worker thread is left to run it', failedAt: 'emit', ms: 0 });
        };
        const failure = early.get(worker);
        if (failure) {
          fail(failure);
          continue;
        }
        worker.on('message', (result: TaskResult) => {
          finish(result);
          next();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
        worker.postMessage({ kind: 'ir', ir } satisfies WorkerRequest);
        next();
      }
    });

  const close = async (): Promise<void> => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  return { run, close };
}
