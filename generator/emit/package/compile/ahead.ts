import type { PackageEmitter } from '../../../config/emitters.ts';
import type { ServiceIR } from '../../../ir/types.ts';
import type { EmittedFile } from '../../emitter.ts';
import { compilerInputs, compilePackage, type CompileResult } from './compile.ts';

/**
 * A compile started before the last emitters ran. The compiler reads only src/, package.json and
 * tsconfig.json; the docs write none of them, so once the code emitters are done the compile can
 * start, in tsc's own process, while the docs are written on this thread. `inputs` says what it
 * compiled: the pipeline uses the result only when the finished package has the same compiler
 * inputs, and compiles again otherwise.
 */
export interface CompileAhead {
  inputs: EmittedFile[];
  result: Promise<CompileResult>;
}

export function compileAhead(
  ir: ServiceIR,
  codeFiles: readonly EmittedFile[],
  packageEmitter: PackageEmitter,
  options: Parameters<typeof compilePackage>[1],
): CompileAhead | undefined {
  let packaged: ReturnType<PackageEmitter>;
  try {
    packaged = packageEmitter(ir, codeFiles);
  } catch {
    return undefined;
  }
  // A problem the package emitter finds is reported by its real run, after every emitter.
  if (packaged.diagnostics.some((d) => d.severity === 'error')) return undefined;
  const files = [...codeFiles, ...packaged.files];
  return { inputs: compilerInputs(files), result: compilePackage(files, options) };
}
