/**
 * Generates a package from an IR into `test/.tmp/<name>/` for tests to import with tsx: the
 * emitters that matter at run time (validators, client; tests add the mock). Types are left out
 * on purpose: tsx strips type imports (emitter.test.ts type-checks the complete package).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EmittedFile, Emitter } from '../../generator/emit/emitter.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { emitClient } from '../../generator/emit/client/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Emitters whose output a test needs. */
export const RUNTIME_EMITTERS: Emitter[] = [emitValidators, emitClient];

export function writePackage(dir: string, files: EmittedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

export async function generatePackage(ir: ServiceIR, name: string, emitters: Emitter[] = RUNTIME_EMITTERS): Promise<string> {
  const dir = join(ROOT, 'test/.tmp', name);
  writePackage(dir, emitters.flatMap((emit) => emit(ir)));
  return dir;
}

export async function importModule<T>(dir: string, path: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, path)).href)) as T;
}
