import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ServiceIR } from '../../ir/types.ts';
import type { EmittedFile } from '../emitter.ts';
import { scanImports } from './dependencies.ts';
import { entryPointsOf } from './entryPoints.ts';
import { checkPackageIdentity } from './identity.ts';
import { packageJsonOf, tsconfigOf } from './packageJson.ts';
import { readmeOf } from './readme.ts';

export { compilePackage } from './compile/compile.ts';

/**
 * Turns the other emitters' files into an npm package: package.json (exports per entry point,
 * dependencies from the imports), the tsconfig that builds dist/, and a README unless the docs
 * emitter wrote one. Compilation itself is a separate step (compile/), run by the pipeline.
 */
export function emitPackage(ir: ServiceIR, files: readonly EmittedFile[]): { files: EmittedFile[]; diagnostics: Diagnostic[] } {
  const diagnostics = checkPackageIdentity(ir.package);
  const imports = scanImports(files);
  diagnostics.push(...imports.diagnostics);
  const entryPoints = entryPointsOf(files);
  const emitted: EmittedFile[] = [
    { path: 'package.json', contents: packageJsonOf(ir, entryPoints, imports) },
    { path: 'tsconfig.json', contents: tsconfigOf(imports) },
  ];
  if (!files.some((f) => f.path === 'README.md')) emitted.push({ path: 'README.md', contents: readmeOf(ir, entryPoints) });
  return { files: emitted, diagnostics };
}
