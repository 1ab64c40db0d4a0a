import { parentPort, workerData } from 'node:worker_threads';
import { importEmitter } from '../config/emitters.ts';
import type { Emitter } from '../emit/emitter.ts';
import type { ServiceIR } from '../ir/types.ts';
import type { EmitterTask, TaskResult, WorkerRequest } from './protocol.ts';

/**
 * The worker side of emitInParallel: the emitter modules are imported as soon as the worker
 * starts (while the parent may still be loading the model), then each task message names one
 * emitter to run on the IR, which arrives once.
 */
const tasks = workerData as EmitterTask[];
const emitters = new Map<string, Promise<Emitter>>(tasks.map((task) => [task.name, importEmitter(task.module, task.exportName)]));
// An import that fails is reported when its task runs, not as an unhandled rejection now.
for (const loading of emitters.values()) loading.catch(() => undefined);

let ir: ServiceIR | undefined;
parentPort!.on('message', async (request: WorkerRequest) => {
  if (request.kind === 'ir') {
    ir = request.ir;
    return;
  }
  const started = performance.now();
  const ms = () => performance.now() - started;
  let emit: Emitter;
  try {
    emit = await emitters.get(request.name)!;
  } catch (error) {
    parentPort!.postMessage({ name: request.name, error: (error as Error).message, failedAt: 'load', ms: ms() } satisfies TaskResult);
    return;
  }
  let result: TaskResult;
  try {
    result = { name: request.name, files: emit(ir!), ms: ms() };
  } catch (error) {
    result = { name: request.name, error: (error as Error).message, failedAt: 'emit', ms: ms() };
  }
  parentPort!.postMessage(result);
});
