import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The native TypeScript 7 compiler, run as a process. Located through the `typescript` package's
 * own helper, so the binary is the one installed with shapecraft, not whatever `tsc` is on PATH.
 */
const typescriptDir = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));

let exePath: Promise<string> | undefined;
function tscExecutable(): Promise<string> {
  exePath ??= import(pathToFileURL(join(typescriptDir, 'lib', 'getExePath.js')).href).then(
    (m: { default: () => string }) => m.default(),
  );
  return exePath;
}

export const tscVersion: string = (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version;

export interface TscRun {
  exitCode: number;
  output: string;
}

export async function runTsc(cwd: string, args: readonly string[]): Promise<TscRun> {
  const exe = await tscExecutable();
  return new Promise((resolve) => {
    execFile(exe, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}` });
    });
  });
}
