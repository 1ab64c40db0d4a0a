import type { ServiceIR } from '../ir/types.ts';

/** One file an emitter wants written, relative to the package folder, with `/` separators. */
export interface EmittedFile {
  path: string;
  contents: string;
}

/**
 * An emitter is a pure function from the IR to files. It never touches the disk and knows nothing
 * of the other emitters; the package emitter and the writer put their outputs together.
 */
export type Emitter = (ir: ServiceIR) => EmittedFile[];
