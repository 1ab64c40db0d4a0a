import type { EmittedFile } from '../emitter.ts';

/**
 * The package's public entry points, derived from the files the emitters produced, so the exports
 * map can never name a file that is not there. Every module outside src/runtime/ is one:
 *
 *   src/index.ts                  → "."
 *   src/types.ts                  → "./types"
 *   src/client/index.ts           → "./client"
 *   src/client/operations/X.ts    → "./client/operations/X"   (one entry point per operation)
 *
 * src/runtime/ holds the support code the entry points import; it is not public API. A module is either TypeScript
 * (`x.ts`) or a ready-made JavaScript file with its declarations (`x.js` + `x.d.ts`, the AJV
 * standalone validators).
 */
export interface EntryPoint {
  /** Export subpath: `.` or `./client/SendX`. */
  subpath: string;
  /** Module path under src/ and dist/ without extension: `client/SendX`. */
  module: string;
}

const INTERNAL_FOLDERS = new Set(['runtime']);

/** `src/client/SendX.ts` → `client/SendX`; undefined for files that are not modules. */
export function moduleOf(path: string, paths: ReadonlySet<string>): string | undefined {
  if (!path.startsWith('src/')) return undefined;
  const rest = path.slice('src/'.length);
  if (rest.endsWith('.d.ts')) return undefined;
  if (rest.endsWith('.ts')) return rest.slice(0, -'.ts'.length);
  if (rest.endsWith('.js') && paths.has(`${path.slice(0, -'.js'.length)}.d.ts`)) return rest.slice(0, -'.js'.length);
  return undefined;
}

export function entryPointsOf(files: readonly EmittedFile[]): EntryPoint[] {
  const paths = new Set(files.map((f) => f.path));
  const entries = new Map<string, string>();
  for (const path of paths) {
    const module = moduleOf(path, paths);
    if (module === undefined) continue;
    const segments = module.split('/');
    if (INTERNAL_FOLDERS.has(segments[0])) continue;
    const subpath = module === 'index' ? '.' : `./${module.replace(/\/index$/, '')}`;
    entries.set(subpath, module);
  }
  return [...entries]
    .map(([subpath, module]) => ({ subpath, module }))
    .sort((a, b) => (a.subpath < b.subpath ? -1 : a.subpath > b.subpath ? 1 : 0));
}
