import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../../diagnostics/diagnostic.ts';
import { hashParts } from '../../../write/hash.ts';
import { newWorkFolder } from '../../../write/workFolders.ts';
import type { EmittedFile } from '../../emitter.ts';
import { runTsc, tscVersion } from './tsc.ts';

/**
 * Builds dist/ from the package's src/: TypeScript through the native compiler (JS, .d.ts and
 * source maps), and ready-made `.js` and `.d.ts` files (the AJV standalone validators) copied as
 * they are. The result is cached by a hash of everything the compiler reads, so a run whose
 * sources did not change skips the compiler entirely.
 */
export interface CompileResult {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
  /** True when the result came from the cache. */
  cached: boolean;
}

/** What tsc reads: the sources, package.json (module kind) and tsconfig.json. */
export function compilerInputs(files: readonly EmittedFile[]): EmittedFile[] {
  return files
    .filter((f) => f.path.startsWith('src/') || f.path === 'package.json' || f.path === 'tsconfig.json')
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * `.js` and `.d.ts` files under src/ are already compiled (the AJV standalone validators and their
 * helper modules; tsc runs without allowJs): they go to dist/ as they are.
 */
function prebuiltModules(inputs: readonly EmittedFile[]): EmittedFile[] {
  return inputs
    .filter((f) => f.path.startsWith('src/') && (f.path.endsWith('.js') || f.path.endsWith('.d.ts')))
    .map((f) => ({ path: `dist/${f.path.slice('src/'.length)}`, contents: f.contents }));
}

function readTree(dir: string, prefix: string): EmittedFile[] {
  const found: EmittedFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...readTree(path, `${prefix}${entry.name}/`));
    else found.push({ path: `${prefix}${entry.name}`, contents: readFileSync(path, 'utf8') });
  }
  return found;
}

/** `src/a.ts(3,7): error TS2322: ...` → a diagnostic pointing into the generated package. */
function tscDiagnostics(output: string, packageLabel: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line.trim());
    if (match) {
      diagnostics.push({
        code: 'SC8201',
        severity: 'error',
        message: `generated code does not compile: ${match[4]} ${match[5]}`,
        hint: 'this is a bug in an emitter or a runtime template, not in the model; please report it',
        location: { file: `${packageLabel}/${match[1]}`, line: Number(match[2]), column: Number(match[3]) },
      });
    } else if (/error TS\d+/.test(line) && diagnostics.length === 0) {
      diagnostics.push({ code: 'SC8201', severity: 'error', message: `the TypeScript compiler failed: ${line.trim()}`, hint: 'this is a bug in shapecraft; please report it' });
    }
  }
  return diagnostics;
}

function compileKey(inputs: readonly EmittedFile[]): string {
  return hashParts([['tsc', tscVersion], ...inputs.map((f) => [f.path, f.contents] as const)]);
}

/**
 * Whether two packages give the compiler the same inputs. Compared file by file rather than by
 * hash: the files of one run share their strings, so equal ones are found at once.
 */
export function sameCompilerInputs(a: readonly EmittedFile[], b: readonly EmittedFile[]): boolean {
  return a.length === b.length && a.every((f, i) => f.path === b[i].path && f.contents === b[i].contents);
}

/** Compiled outputs kept: enough for a few packages and a few recent versions of each. */
export const CACHE_ENTRIES = 12;

/** Drops the least recently used entries (a hit refreshes an entry's mtime). */
export function pruneCache(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(dir, name), used: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const stale of entries.slice(CACHE_ENTRIES)) rmSync(stale.path, { force: true });
}

/** The compiler runs in a work folder inside shapecraft's own (see write/workFolders.ts). */
export async function compilePackage(
  files: readonly EmittedFile[],
  options: { cacheDir: string; packageLabel: string; readCache?: boolean },
): Promise<CompileResult> {
  const inputs = compilerInputs(files);
  const key = compileKey(inputs);
  const cacheFile = join(options.cacheDir, 'compile', `${key}.json`);
  if (options.readCache !== false) {
    try {
      const files = JSON.parse(readFileSync(cacheFile, 'utf8')) as EmittedFile[];
      const now = new Date();
      utimesSync(cacheFile, now, now);
      return { files, diagnostics: [], cached: true };
    } catch {
      // Not cached yet (or the cache entry is damaged): compile.
    }
  }

  const work = newWorkFolder('compile');
  try {
    for (const file of inputs) {
      mkdirSync(dirname(join(work, file.path)), { recursive: true });
      writeFileSync(join(work, file.path), file.contents);
    }
    const run = await runTsc(work, ['-p', 'tsconfig.json', '--pretty', 'false']);
    if (run.exitCode !== 0) {
      const diagnostics = tscDiagnostics(run.output, options.packageLabel);
      if (diagnostics.length === 0) diagnostics.push({ code: 'SC8201', severity: 'error', message: `the TypeScript compiler failed: ${run.output.trim().split('\n')[0]}`, hint: 'this is a bug in shapecraft; please report it' });
      return { files: [], diagnostics, cached: false };
    }
    const compiled = existsSync(join(work, 'dist')) ? readTree(join(work, 'dist'), 'dist/') : [];
    const dist = [...compiled, ...prebuiltModules(inputs)].sort((a, b) => (a.path < b.path ? -1 : 1));
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(dist));
    renameSync(partial, cacheFile);
    pruneCache(dirname(cacheFile));
    return { files: dist, diagnostics: [], cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
