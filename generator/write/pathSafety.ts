import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { MANIFEST_FILE } from './manifest.ts';

/**
 * Output paths come from model names, so a hostile or careless model could aim a file at
 * `../../.bashrc`. Every path the writer is asked to write goes through here first; a refused path
 * is a diagnostic, and the writer then writes nothing at all.
 */

/** Names Windows will not create, whatever the extension: a package must install everywhere. */
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Characters that are invalid or special in file names on some platform npm supports. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f<>:"|?*\\]/;

function refuse(path: string, message: string, hint: string): Diagnostic {
  return { code: 'SC8001', severity: 'error', message: `refusing output path ${JSON.stringify(path)}: ${message}`, hint };
}

/** Why `path` may not be written inside an output folder, or undefined when it may. */
export function checkOutputPath(path: string): Diagnostic | undefined {
  const hint = 'emitted paths are relative, `/`-separated and stay inside the package folder; rename the shape or operation it comes from';
  if (path.length === 0) return refuse(path, 'the path is empty', hint);
  if (path.includes('\0')) return refuse(path, 'the path contains a NUL character', hint);
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return refuse(path, 'the path is absolute', hint);
  if (path.includes('\\')) return refuse(path, 'the path contains a backslash', hint);
  for (const segment of path.split('/')) {
    if (segment === '' ) return refuse(path, 'the path has an empty segment', hint);
    if (segment === '.' || segment === '..') return refuse(path, `the path has a ${JSON.stringify(segment)} segment`, hint);
    if (UNSAFE_CHARACTERS.test(segment)) return refuse(path, 'the path contains a character that is not portable in file names', hint);
    if (WINDOWS_DEVICE_NAMES.test(segment)) return refuse(path, `${JSON.stringify(segment)} is a reserved device name on Windows`, hint);
    if (/[. ]$/.test(segment)) return refuse(path, 'a path segment ends with a dot or a space', hint);
  }
  if (path === MANIFEST_FILE) return refuse(path, 'the name is reserved for the manifest of written files', 'rename the emitted file');
  return undefined;
}

/**
 * Checks every path, and the set as a whole: two paths that differ only in case are one file on
 * macOS and Windows, so the second would silently overwrite the first there. So is a file whose
 * path is also a folder of another file.
 */
export function checkOutputPaths(paths: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byFoldedPath = new Map<string, string>();
  const folders = new Map<string, string>();
  for (const path of paths) {
    const refused = checkOutputPath(path);
    if (refused) {
      diagnostics.push(refused);
      continue;
    }
    const folded = path.toLowerCase();
    const earlier = byFoldedPath.get(folded);
    if (earlier !== undefined) {
      diagnostics.push({
        code: 'SC8002',
        severity: 'error',
        message: `output paths ${JSON.stringify(earlier)} and ${JSON.stringify(path)} differ only in case`,
        hint: 'they would be one file on case-insensitive file systems; rename one of the shapes or operations they come from',
      });
      continue;
    }
    byFoldedPath.set(folded, path);
    const segments = folded.split('/');
    for (let i = 1; i < segments.length; i++) folders.set(segments.slice(0, i).join('/'), path);
  }
  for (const [folded, path] of byFoldedPath) {
    const inside = folders.get(folded);
    if (inside !== undefined) {
      diagnostics.push({
        code: 'SC8002',
        severity: 'error',
        message: `output path ${JSON.stringify(path)} is both a file and the folder of ${JSON.stringify(inside)}`,
        hint: 'rename one of the shapes or operations they come from',
      });
    }
  }
  return diagnostics;
}
