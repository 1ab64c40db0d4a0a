import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive } from './swap.ts';

/**
 * Folders a run works in and removes when done: the compiler's input and the `mock` command's
 * package. They sit inside shapecraft's own folder whatever the project's location, so the bare
 * imports of generated code (`aws4fetch`, `ajv/dist/runtime/...`) resolve to the dependencies
 * installed with shapecraft: the very versions the generated package.json declares.
 */
const WORK_ROOT = fileURLToPath(new URL('../../.shapecraft-cache/tmp/', import.meta.url));

let folders = 0;

/** A fresh folder `<kind>-<pid>-<n>`; folders of runs that died are removed first. */
export function newWorkFolder(kind: string): string {
  removeDeadWorkFolders();
  const dir = join(WORK_ROOT, `${kind}-${process.pid}-${folders++}`);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Work folders of runs that were killed before they could remove them. */
function removeDeadWorkFolders(): void {
  let entries: string[];
  try {
    entries = readdirSync(WORK_ROOT);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(/^[a-z]+-(\d+)-\d+$/.exec(entry)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) rmSync(join(WORK_ROOT, entry), { recursive: true, force: true });
  }
}
