import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder the test runs from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh, empty folder under test/.tmp (gitignored) for one test file. */
export function freshTmpDir(name: string): string {
  const dir = join(repoRoot, 'test', '.tmp', `build-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
