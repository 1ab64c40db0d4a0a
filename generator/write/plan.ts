import { lstatSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * What stands at each path under the output folder, read one folder at a time: a listing gives
 * the kind of every entry in it (links not followed, as lstat), so a package already written
 * costs one call per folder instead of one per file.
 */
class FolderKinds {
  private readonly listings = new Map<string, Map<string, Kind> | undefined>();
  constructor(private readonly dir: string) {}

  kind(path: string): Kind {
    const slash = path.lastIndexOf('/');
    const parent = slash < 0 ? '' : path.slice(0, slash);
    if (parent !== '' && this.kind(parent) !== 'folder') return 'missing';
    let listing = this.listings.get(parent);
    if (!this.listings.has(parent)) {
      listing = listFolder(join(this.dir, parent));
      this.listings.set(parent, listing);
    }
    if (!listing) return 'missing';
    const name = path.slice(slash + 1);
    let kind = listing.get(name);
    if (kind === undefined) {
      // Not listed under this exact name: on a case-insensitive file system another spelling may
      // still stand there, which lstat finds. Kept, so the same path is asked once.
      kind = kindOf(join(this.dir, path));
      listing.set(name, kind);
    }
    return kind;
  }
}

function kindOf(path: string): Kind {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

function listFolder(path: string): Map<string, Kind> | undefined {
  try {
    return new Map(readdirSync(path, { withFileTypes: true }).map((e) => [e.name, e.isFile() ? 'file' : e.isDirectory() ? 'folder' : 'other']));
  } catch {
    return undefined;
  }
}

/**
 * Something that is not shapecraft's stands where a file must go: a folder or link at the file's
 * path, or a file or link where one of its folders must be.
 */
function blocked(path: string, previous: Manifest, kinds: FolderKinds): boolean {
  const own = kinds.kind(path);
  if (own === 'folder' || own === 'other') return true;
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const folder = segments.slice(0, i).join('/');
    const k = kinds.kind(folder);
    if (k === 'missing') return false;
    if (k !== 'folder' && !(folder in previous.files)) return true;
  }
  return false;
}

export function planOutput(dir: string, files: readonly EmittedFile[]): OutputPlan {
  const previous = readManifest(dir);
  const kinds = new FolderKinds(dir);
  const plan: OutputPlan = { added: [], changed: [], removed: [], unchanged: [], conflicts: [], manifest: { files: {} }, upToDate: false };
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const bytes = Buffer.from(file.contents, 'utf8');
    plan.manifest.files[file.path] = sha256(bytes);
    if (blocked(file.path, previous, kinds)) {
      plan.conflicts.push(file.path);
      continue;
    }
    const onDisk = kinds.kind(file.path) === 'file' ? readIfFile(join(dir, file.path)) : undefined;
    if (onDisk === undefined) plan.added.push(file.path);
    // Compared byte for byte, which is cheaper than hashing what is on disk too.
    else if (onDisk.equals(bytes)) plan.unchanged.push(file.path);
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
