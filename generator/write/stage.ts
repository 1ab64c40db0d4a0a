import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EmittedFile } from '../emit/emitter.ts';
import { MANIFEST_FILE, serializeManifest, type Manifest } from './manifest.ts';

/**
 * Builds the complete new output tree in the staging folder. Unchanged files and files that are
 * not shapecraft's are hard-linked from the current folder rather than copied: the same inode
 * keeps its modification time, and nothing is read twice.
 */
export function stageOutput(
  current: string,
  staging: string,
  files: readonly EmittedFile[],
  unchanged: ReadonlySet<string>,
  previous: Manifest,
  next: Manifest,
): void {
  // Folders the new files need, each made once; whatever else stands there in the current folder
  // (only with --force) is replaced.
  const neededFolders = new Set<string>();
  for (const file of files) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i++) neededFolders.add(parts.slice(0, i).join('/'));
  }
  mkdirSync(staging, { recursive: true });
  for (const folder of neededFolders) mkdirSync(join(staging, folder), { recursive: true });
  for (const file of files) {
    const to = join(staging, file.path);
    if (unchanged.has(file.path)) linkOrCopy(join(current, file.path), to);
    else writeFileSync(to, file.contents);
  }
  carryOverForeignEntries(current, staging, '', {
    replaced: (path) => path in next.files,
    isOurs: (path) => path === MANIFEST_FILE || path in previous.files || neededFolders.has(path),
  });
  writeFileSync(join(staging, MANIFEST_FILE), serializeManifest(next));
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

interface Ownership {
  /** A new file goes exactly here: nothing at this path is carried over. */
  replaced: (path: string) => boolean;
  /** A file here is shapecraft's (or stands where a new folder must go). */
  isOurs: (path: string) => boolean;
}

/** Everything in the current folder that shapecraft did not write goes into the new tree as it is. */
function carryOverForeignEntries(current: string, staging: string, prefix: string, owner: Ownership): void {
  let entries: string[];
  try {
    entries = readdirSync(join(current, prefix)).sort();
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = prefix === '' ? entry : `${prefix}/${entry}`;
    const from = join(current, path);
    const to = join(staging, path);
    if (owner.replaced(path)) continue;
    const stat = lstatSync(from);
    if (stat.isDirectory()) {
      if (readdirSync(from).length === 0) mkdirSync(to, { recursive: true });
      else carryOverForeignEntries(current, staging, path, owner);
    } else if (!owner.isOurs(path)) {
      mkdirSync(dirname(to), { recursive: true });
      if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
      else linkOrCopy(from, to);
    }
  }
}
