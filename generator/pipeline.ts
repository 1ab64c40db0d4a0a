import { join, relative, sep } from 'node:path';
import type { ShapecraftConfig } from './config/loadConfig.ts';
import { emitterLoadError, emitterTasks, loadEmitters, OUTSIDE_COMPILER_INPUTS, type EmitterSet } from './config/emitters.ts';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.ts';
import type { EmittedFile, Emitter } from './emit/emitter.ts';
import { compileAhead, type CompileAhead } from './emit/package/compile/ahead.ts';
import { compilePackage, compilerInputs, sameCompilerInputs } from './emit/package/compile/compile.ts';
import type { ServiceIR } from './ir/types.ts';
import { startEmitterPool, type EmitterPool } from './parallel/emitInParallel.ts';
import { emitterThreads } from './parallel/threads.ts';
import { checkOutputPath, checkOutputPaths } from './write/pathSafety.ts';

/**
 * The build, from model folder to the complete list of package files, in memory:
 *
 *   load → emit (each configured emitter) → merge → package → compile → files
 *
 * Nothing here writes to the output folder; the caller hands the files to the writer (generate)
 * or compares them with the folder (generate --check). Every stage reports diagnostics as values;
 * the first stage with errors ends the run.
 */

export type ModelLoader = (dir: string) => Promise<{ ir?: ServiceIR; diagnostics: Diagnostic[] }>;

export interface PipelineOptions {
  /** Replaces the model loader (tests). */
  load?: ModelLoader;
  /** Replaces the configured emitters (tests use small fake ones). */
  emitterSet?: EmitterSet;
  /** Skip the compile cache and run the compiler. */
  noCache?: boolean;
  /**
   * Threads for the configured emitters; 1 runs them on this thread. By default a large model
   * (see parallel/threads.ts) gets one per core. Ignored with `emitterSet`.
   */
  threads?: number;
  /** Called as each step starts, for the progress line. */
  onStep?: (step: string, index: number, total: number) => void;
}

export interface StepTiming {
  step: string;
  ms: number;
  note?: string;
}

export interface PipelineResult {
  diagnostics: Diagnostic[];
  ir?: ServiceIR;
  /** Absolute path of the package folder: `<out>/<service name>`. */
  packageDir?: string;
  /** Every file of the package, sorted by path (no manifest: the writer adds it). */
  files?: EmittedFile[];
  timings: StepTiming[];
}

const STEPS = ['load', 'emit', 'package', 'compile'] as const;

async function defaultLoader(dir: string): Promise<{ ir?: ServiceIR; diagnostics: Diagnostic[] }> {
  try {
    const { loadModel } = (await import('./load/index.ts')) as { loadModel: ModelLoader };
    return await loadModel(dir);
  } catch (error) {
    return { diagnostics: [{ code: 'SC8007', severity: 'error', message: `the model loader is not available: ${(error as Error).message.split('\n')[0]}`, hint: 'generator/load/index.ts must export loadModel' }] };
  }
}

const MISSING_EMITTER_HINT = 'remove the emitter from "emitters" in shapecraft.config.json until it exists';

async function packageEmitterOf(config: ShapecraftConfig): Promise<EmitterSet['packageEmitter']> {
  if (!config.packageEmitter) return undefined;
  const { emitPackage } = await import('./emit/package/index.ts');
  return emitPackage;
}

async function configuredEmitters(config: ShapecraftConfig): Promise<{ set: EmitterSet; diagnostics: Diagnostic[] }> {
  const { emitters, errors } = await loadEmitters(config.emitters);
  const diagnostics: Diagnostic[] = errors.map((message) => ({ code: 'SC8008', severity: 'error', message, hint: MISSING_EMITTER_HINT }));
  return { set: { emitters, packageEmitter: await packageEmitterOf(config) }, diagnostics };
}

/** The configured emitters on worker threads: the same files and diagnostics as on this one. */
async function emitOnThreads(pool: EmitterPool, ir: ServiceIR): Promise<{ name: string; result: Emitted; ms: number }[]> {
  return (await pool.run(ir)).map(({ name, ms, ...outcome }) => {
    if (outcome.files) return { name, ms, result: { files: outcome.files, diagnostics: [] } };
    const diagnostic: Diagnostic =
      outcome.failedAt === 'load'
        ? { code: 'SC8008', severity: 'error', message: emitterLoadError(name, outcome.error), hint: MISSING_EMITTER_HINT }
        : emitterFailure(name, outcome.error);
    return { name, ms, result: { files: [], diagnostics: [diagnostic] } };
  });
}

/** The same path from two emitters is fine only when both want the same bytes (shared runtime files). */
export function mergeFiles(into: Map<string, { contents: string; from: string }>, files: readonly EmittedFile[], from: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const earlier = into.get(file.path);
    if (earlier && earlier.contents !== file.contents) {
      diagnostics.push({
        code: 'SC8005',
        severity: 'error',
        message: `emitters "${earlier.from}" and "${from}" both write ${file.path}, with different contents`,
        hint: 'one file has one owner: rename one of them, or share the file through templates/runtime/',
      });
    } else if (!earlier) into.set(file.path, { contents: file.contents, from });
  }
  return diagnostics;
}

function compileOptions(config: ShapecraftConfig, options: PipelineOptions, packageDir: string) {
  return { cacheDir: config.cacheDir, readCache: !options.noCache, packageLabel: relative(config.root, packageDir).split(sep).join('/') };
}

function sortedFiles(merged: Map<string, { contents: string }>): EmittedFile[] {
  return [...merged]
    .map(([path, { contents }]) => ({ path, contents }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

interface Emitted {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

/** An emitter that throws has a bug; that is reported like any other problem instead of crashing. */
function runEmitter(name: string, emit: () => Emitted): Emitted {
  try {
    return emit();
  } catch (error) {
    return { files: [], diagnostics: [emitterFailure(name, (error as Error).message)] };
  }
}

function emitterFailure(name: string, message: string): Diagnostic {
  return { code: 'SC8006', severity: 'error', message: `emitter "${name}" failed: ${message}`, hint: 'this is a bug in the emitter, not in the model; please report it' };
}

/** The service name becomes one folder under the output folder: one safe path segment. */
function checkFolderName(name: string): Diagnostic | undefined {
  if (name.includes('/')) return { code: 'SC8001', severity: 'error', message: `service name ${JSON.stringify(name)} cannot name a folder`, hint: 'use an identifier' };
  return checkOutputPath(name);
}

export async function runPipeline(config: ShapecraftConfig, options: PipelineOptions = {}): Promise<PipelineResult> {
  // Started before the model is loaded, so the workers import the emitters meanwhile.
  const threads = options.emitterSet ? 1 : (options.threads ?? (await emitterThreads(config.model)));
  const pool = threads > 1 ? startEmitterPool(emitterTasks(config.emitters), threads) : undefined;
  try {
    return await runSteps(config, options, pool);
  } finally {
    await pool?.close();
  }
}

async function runSteps(config: ShapecraftConfig, options: PipelineOptions, pool: EmitterPool | undefined): Promise<PipelineResult> {
  const timings: StepTiming[] = [];
  let started = performance.now();
  const step = (index: number): void => {
    const now = performance.now();
    if (index > 0) timings.push({ step: STEPS[index - 1], ms: now - started });
    started = now;
    if (index < STEPS.length) options.onStep?.(STEPS[index], index, STEPS.length);
  };
  /** Notes for --verbose, by step: what each emitter took, whether compile came from the cache. */
  const notes = new Map<string, string>();
  const done = (result: Omit<PipelineResult, 'timings'>, index: number): PipelineResult => {
    step(index + 1);
    return { ...result, timings: timings.map((t) => (notes.has(t.step) ? { ...t, note: notes.get(t.step) } : t)) };
  };

  step(0);
  const loaded = await (options.load ?? defaultLoader)(config.model);
  if (hasErrors(loaded.diagnostics) || !loaded.ir) return done({ diagnostics: loaded.diagnostics }, 0);
  const ir: ServiceIR = { ...loaded.ir, package: { ...loaded.ir.package, ...config.package } };
  const diagnostics = [...loaded.diagnostics];
  const unsafeName = checkFolderName(ir.name);
  if (unsafeName) return done({ diagnostics: [...diagnostics, unsafeName], ir }, 0);
  const packageDir = join(config.out, ir.name);

  step(1);
  const { set, diagnostics: emitterDiagnostics } = options.emitterSet
    ? { set: options.emitterSet, diagnostics: [] }
    : pool
      ? { set: { emitters: [], packageEmitter: await packageEmitterOf(config) }, diagnostics: [] }
      : await configuredEmitters(config);
  diagnostics.push(...emitterDiagnostics);
  const merged = new Map<string, { contents: string; from: string }>();
  const perEmitter: string[] = [];
  const emitted: { name: string; result: Emitted; ms: number }[] = pool ? await emitOnThreads(pool, ir) : [];
  const runTimed = ({ name, emit }: { name: string; emit: Emitter }): void => {
    const emitStarted = performance.now();
    const result = runEmitter(name, () => ({ files: emit(ir), diagnostics: [] }));
    emitted.push({ name, result, ms: performance.now() - emitStarted });
  };
  // The code emitters first; then, when a package is built, its compile starts in tsc's own
  // process while the emitters the compiler never reads (the docs) run here.
  const last = set.emitters.filter((e) => OUTSIDE_COMPILER_INPUTS.has(e.name));
  set.emitters.filter((e) => !OUTSIDE_COMPILER_INPUTS.has(e.name)).forEach(runTimed);
  let ahead: CompileAhead | undefined;
  if (set.packageEmitter && last.length > 0 && !hasErrors(diagnostics) && emitted.every((e) => !hasErrors(e.result.diagnostics))) {
    // Merged as the finished package will be (a runtime file two emitters share appears once).
    const code = new Map<string, { contents: string; from: string }>();
    const conflicts = emitted.flatMap((e) => mergeFiles(code, e.result.files, e.name));
    if (conflicts.length === 0) ahead = compileAhead(ir, sortedFiles(code), set.packageEmitter, compileOptions(config, options, packageDir));
  }
  last.forEach(runTimed);
  // Merged in config order, whatever order they ran in.
  const order: readonly string[] = pool ? config.emitters : set.emitters.map((e) => e.name);
  emitted.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  for (const { name, result, ms } of emitted) {
    perEmitter.push(`${name} ${Math.round(ms)} ms`);
    diagnostics.push(...result.diagnostics, ...mergeFiles(merged, result.files, name));
  }
  notes.set('emit', `${perEmitter.join(', ')}${pool ? ' (on worker threads)' : ''}`);
  // Paths come from model names: refuse traversal and case clashes now, with the model's words,
  // rather than after a compile (the writer checks again before it touches anything).
  diagnostics.push(...checkOutputPaths([...merged.keys()]));
  if (hasErrors(diagnostics)) return done({ diagnostics, ir, packageDir }, 1);

  step(2);
  const { packageEmitter } = set;
  if (packageEmitter) {
    const emitted = sortedFiles(merged);
    const packaged = runEmitter('package', () => packageEmitter(ir, emitted));
    diagnostics.push(...packaged.diagnostics, ...mergeFiles(merged, packaged.files, 'package'));
  }
  if (hasErrors(diagnostics)) return done({ diagnostics, ir, packageDir }, 2);

  step(3);
  if (set.packageEmitter) {
    const files = sortedFiles(merged);
    // The compile started ahead counts only if it compiled what the finished package holds.
    const early = ahead && sameCompilerInputs(ahead.inputs, compilerInputs(files)) ? await ahead.result : undefined;
    if (ahead && !early) await ahead.result;
    const compiled = early ?? (await compilePackage(files, compileOptions(config, options, packageDir)));
    if (compiled.cached) notes.set('compile', 'skipped: sources unchanged (content hash in .shapecraft-cache)');
    else if (early) notes.set('compile', 'ran beside the emitters the compiler does not read');
    diagnostics.push(...compiled.diagnostics, ...mergeFiles(merged, compiled.files, 'compile'));
  }
  return done({ diagnostics, ir, packageDir, files: hasErrors(diagnostics) ? undefined : sortedFiles(merged) }, 3);
}
