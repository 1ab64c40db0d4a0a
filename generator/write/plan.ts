import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { EmittedFile } from '../emit/emitter.ts';
import { sha256 } from './hash.ts';
import { MANIFEST_FILE, readManifest, serializeManifest, type Manifest } from './manifest.ts';

/**
 * What a write would change, worked out by reading the output folder and its manifest. `--check`
 * prints it; the writer acts on it. Nothing here writes.
 */
export interface OutputPlan {
  /** Produced now, not on disk before. */
  added: string[];
  /** On disk with other contents. */
  changed: string[];
  /** Written by shapecraft before (in the manifest), no longer produced. */
  removed: string[];
  /** On disk with exactly these contents: kept as they are (same inode, same mtime). */
  unchanged: string[];
  /** Produced now, but a file that shapecraft did not write is in the way. */
  conflicts: string[];
  /** The manifest the folder will have. */
  manifest: Manifest;
  /** True when the folder already holds exactly this output: nothing to write. */
  upToDate: boolean;
}

function readIfFile(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

type Kind = 'missing' | 'file' | 'folder' | 'other';

function kindOf(path: string): Kind {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Something that is not shapecraft's stands where a file must go: a folder or link at the file's
 * path, or a file or link where one of its folders must be.
 */
function blocked(dir: string, path: string, previous: Manifest, kinds: Map<string, Kind>): boolean {
  const kind = (p: string): Kind => {
    let k = kinds.get(p);
    if (k === undefined) kinds.set(p, (k = kindOf(join(dir, p))));
    return k;
  };
  const own = kind(path);
  if (own === 'folder' || own === 'other') return true;
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const folder = segments.slice(0, i).join('/');
    const k = kind(folder);
    if (k === 'missing') return false;
    if (k !== 'folder' && !(folder in previous.files)) return true;
  }
  return false;
}

export function planOutput(dir: string, files: readonly EmittedFile[]): OutputPlan {
  const previous = readManifest(dir);
  const kinds = new Map<string, Kind>();
  const plan: OutputPlan = { added: [], changed: [], removed: [], unchanged: [], conflicts: [], manifest: { files: {} }, upToDate: false };
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const hash = sha256(file.contents);
    plan.manifest.files[file.path] = hash;
    if (blocked(dir, file.path, previous, kinds)) {
      plan.conflicts.push(file.path);
      continue;
    }
    const onDisk = readIfFile(join(dir, file.path));
    if (onDisk === undefined) plan.added.push(file.path);
    else if (sha256(onDisk) === hash) plan.unchanged.push(file.path);
    else if (file.path in previous.files) plan.changed.push(file.path);
    else plan.conflicts.push(file.path);
  }
  for (const path of Object.keys(previous.files).sort()) {
    if (!(path in plan.manifest.files)) plan.removed.push(path);
  }
  const manifestOnDisk = readIfFile(join(dir, MANIFEST_FILE))?.toString('utf8');
  plan.upToDate =
    plan.added.length + plan.changed.length + plan.removed.length + plan.conflicts.length === 0 &&
    manifestOnDisk === serializeManifest(plan.manifest);
  return plan;
}

/** The files `--check` reports: everything that would make a write do something. */
export function describePlan(plan: OutputPlan): string[] {
  return [
    ...plan.added.map((p) => `missing   ${p}`),
    ...plan.changed.map((p) => `differs   ${p}`),
    ...plan.conflicts.map((p) => `differs   ${p} (not written by shapecraft)`),
    ...plan.removed.map((p) => `stale     ${p}`),
    ...(plan.upToDate || plan.added.length + plan.changed.length + plan.removed.length + plan.conflicts.length > 0
      ? []
      : [`differs   ${MANIFEST_FILE}`]),
  ];
}

export function conflictDiagnostics(plan: OutputPlan): Diagnostic[] {
  return plan.conflicts.map((path) => ({
    code: 'SC8003',
    severity: 'error',
    message: `${path} is in the output folder but shapecraft did not write it (it is not in ${MANIFEST_FILE}), so it will not be overwritten`,
    hint: 'move the file away, or run with --force to replace it',
  }));
}
