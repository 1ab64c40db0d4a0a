/** Shared by the docs tests: the fixture IR, emitting into a scratch folder, golden comparison. */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceIR } from '../../generator/ir/types.ts';
import type { EmittedFile } from '../../generator/emit/emitter.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = join(repoRoot, 'test/docs/fixtures');

/** The hand-built IR that has every shape kind, constraint, rule and error field. */
export function kitchenSinkIr(): ServiceIR {
  return JSON.parse(readFileSync(join(fixturesDir, 'kitchen-sink/ir.json'), 'utf8')) as ServiceIR;
}

/** A fresh scratch folder under test/.tmp (ignored by git). */
export function scratchDir(name: string): string {
  const dir = join(repoRoot, 'test/.tmp', `docs-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function writeFiles(files: EmittedFile[], dir: string): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Compares emitted files with a golden folder, file by file; with UPDATE_GOLDEN=1 rewrites the
 * folder instead. Returns the differences, empty when they match.
 */
export function compareGolden(files: EmittedFile[], goldenDir: string): string[] {
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(goldenDir, { recursive: true, force: true });
    writeFiles(files, goldenDir);
    return [];
  }
  const problems: string[] = [];
  const expected = new Set(listFiles(goldenDir).map((p) => relative(goldenDir, p).split('\\').join('/')));
  for (const file of files) {
    if (!expected.has(file.path)) {
      problems.push(`${file.path}: not in the golden folder (run with UPDATE_GOLDEN=1 after checking it)`);
      continue;
    }
    expected.delete(file.path);
    const golden = readFileSync(join(goldenDir, file.path), 'utf8');
    if (golden !== file.contents) {
      const a = golden.split('\n');
      const b = file.contents.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      problems.push(`${file.path}: differs from golden at line ${line + 1}:\n  golden:  ${a[line]}\n  emitted: ${b[line]}`);
    }
  }
  for (const missing of expected) problems.push(`${missing}: in the golden folder but no longer emitted`);
  return problems;
}
