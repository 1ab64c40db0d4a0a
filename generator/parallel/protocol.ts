import type { EmittedFile } from '../emit/emitter.ts';
import type { ServiceIR } from '../ir/types.ts';

/** An emitter a worker can import: its module's URL and the name of the function it exports. */
export interface EmitterTask {
  name: string;
  module: string;
  exportName: string;
}

/** Parent to worker: the IR once, then the names of the emitters to run on it. */
export type WorkerRequest = { kind: 'ir'; ir: ServiceIR } | { kind: 'run'; name: string };

/**
 * Worker to parent: one emitter's files, or what went wrong: its module could not be imported
 * (`load`), or it threw (`emit`).
 */
export type TaskResult = { name: string; ms: number } & (
  | { files: EmittedFile[]; error?: undefined }
  | { error: string; failedAt: 'load' | 'emit'; files?: undefined }
);
