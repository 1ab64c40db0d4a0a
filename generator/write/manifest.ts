import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The record of what shapecraft wrote into an output folder. Files listed here are shapecraft's to
 * replace or remove; anything else in the folder belongs to someone else and is kept. Paths are
 * relative and sorted, so the manifest itself is deterministic and can be committed.
 */
export const MANIFEST_FILE = '.shapecraft-manifest.json';

export interface Manifest {
  /** Relative path → hex SHA-256 of the contents shapecraft wrote. */
  files: Record<string, string>;
}

export function serializeManifest(manifest: Manifest): string {
  const files: Record<string, string> = {};
  for (const path of Object.keys(manifest.files).sort()) files[path] = manifest.files[path];
  return `${JSON.stringify({ generator: 'shapecraft', files }, null, 2)}\n`;
}

/** The manifest of `dir`, or an empty one when there is none (first run) or it is unreadable. */
export function readManifest(dir: string): Manifest {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return { files: {} };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    const files = (parsed as { files?: unknown }).files;
    if (typeof files !== 'object' || files === null) return { files: {} };
    const entries = Object.entries(files).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { files: Object.fromEntries(entries) };
  } catch {
    return { files: {} };
  }
}
