/**
 * Generates the validators of an IR into test/.tmp and imports them, for tests that run the real
 * generated code.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface Issue {
  path: string;
  constraint: string;
  message: string;
}
export type Validate = (value: unknown) => Issue[];
export interface OperationValidators {
  input: Validate;
  output: Validate;
}

export async function generatedValidators(ir: ServiceIR, name: string): Promise<Map<string, OperationValidators>> {
  const dir = join(repoRoot, 'test/.tmp', `validators-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  for (const file of emitValidators(ir)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  const result = new Map<string, OperationValidators>();
  for (const op of ir.operations) {
    const module = await import(pathToFileURL(join(dir, 'src/validators', `${op.name}.js`)).href);
    result.set(op.name, { input: module[`validate${op.name}Input`], output: module[`validate${op.name}Output`] });
  }
  return result;
}
