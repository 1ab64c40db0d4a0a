import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The native TypeScript 7 compiler, run as a process. Located through the `typescript` package's
 * own helper, so the binary is the one installed with shapecraft, not whatever `tsc` is on PATH.
 */
const typescriptDir = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));

/**
 * Found once, when this module loads, so that `runTsc` can start the compiler synchronously: the
 * pipeline starts a compile and then writes the docs on this thread without yielding, and a
 * compiler start that waited for an `await` would only begin after them. A failure to find it is
 * kept and reported by the compile that needs it.
 */
const exePath: string | Error = await import(pathToFileURL(join(typescriptDir, 'lib', 'getExePath.js')).href)
  .then((m: { default: () => string }) => m.default())
  .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));

export const tscVersion: string = (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version;

export interface TscRun {
  exitCode: number;
  output: string;
}

/** Starts the compiler at once (before returning) and settles when it exits. */
export function runTsc(cwd: string, args: readonly string[]): Promise<TscRun> {
  return new Promise((resolve) => {
    if (exePath instanceof Error) {
      resolve({ exitCode: 1, output: `error TS0000: the TypeScript compiler could not be found: ${exePath.message}` });
      return;
    }
    execFile(exePath, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}` });
    });
  });
}
