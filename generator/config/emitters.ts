import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ServiceIR } from '../ir/types.ts';
import type { EmittedFile, Emitter } from '../emit/emitter.ts';
import type { EmitterTask } from '../parallel/protocol.ts';

/**
 * The emitters a config may name, and where each lives. They are loaded with dynamic `import()`
 * only when configured, so an emitter that does not exist yet (or fails to load) is a diagnostic
 * for the runs that ask for it, not a crash of every run.
 */
export const EMITTER_MODULES = {
  types: { module: '../emit/types/index.ts', exportName: 'emitTypes' },
  validators: { module: '../emit/validators/index.ts', exportName: 'emitValidators' },
  client: { module: '../emit/client/index.ts', exportName: 'emitClient' },
  mock: { module: '../emit/mock/index.ts', exportName: 'emitMock' },
  docs: { module: '../emit/docs/index.ts', exportName: 'emitDocs' },
} as const;

export type EmitterName = keyof typeof EMITTER_MODULES;

/**
 * Emitters whose files the compiler never reads (it reads src/, package.json and tsconfig.json):
 * the pipeline runs them last, while the package compiles (see emit/package/compile/ahead.ts).
 * Should one write such a file after all, the compile is simply run again.
 */
export const OUTSIDE_COMPILER_INPUTS: ReadonlySet<string> = new Set<EmitterName>(['docs']);

/**
 * The package emitter sees what the others emitted: the exports map and dependencies of
 * package.json follow from the files that are actually in the package.
 */
export type PackageEmitter = (ir: ServiceIR, files: readonly EmittedFile[]) => { files: EmittedFile[]; diagnostics: Diagnostic[] };

export interface EmitterSet {
  emitters: { name: string; emit: Emitter }[];
  /** Absent when the config turns the package emitter off (then nothing is compiled either). */
  packageEmitter?: PackageEmitter;
}

/**
 * The configured emitters as tasks a worker thread can import and run, longest first (on a large
 * model the validators and the docs take seconds; the others tens of milliseconds), so the pool
 * starts the long ones at once and fills in with the short ones.
 */
const RELATIVE_COST: Record<EmitterName, number> = { validators: 5, docs: 4, types: 3, client: 2, mock: 1 };
export function emitterTasks(names: readonly EmitterName[]): EmitterTask[] {
  return [...names].sort((a, b) => RELATIVE_COST[b] - RELATIVE_COST[a]).map((name) => ({
    name,
    module: new URL(EMITTER_MODULES[name].module, import.meta.url).href,
    exportName: EMITTER_MODULES[name].exportName,
  }));
}

export function isEmitterName(name: string): name is EmitterName {
  return Object.hasOwn(EMITTER_MODULES, name);
}

/**
 * One emitter module's emitter function. Throws, with a message that names the module, when it
 * cannot be imported or does not export one; the main thread and the worker threads both load
 * emitters through here, so they report the same failure the same way.
 */
export async function importEmitter(module: string, exportName: string): Promise<Emitter> {
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(module)) as Record<string, unknown>;
  } catch (error) {
    // A module may throw anything, not only an Error.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`could not be loaded from ${module}: ${reason.split('\n')[0]}`);
  }
  const emit = loaded[exportName];
  if (typeof emit !== 'function') throw new Error(`${module} does not export a function ${exportName}`);
  return emit as Emitter;
}

/** The message of an emitter that could not be loaded, on the main thread or a worker thread. */
export function emitterLoadError(name: string, reason: string): string {
  return `emitter "${name}": ${reason}`;
}

/** Imports the named emitters; a missing module or export is reported, never thrown. */
export async function loadEmitters(names: readonly EmitterName[]): Promise<{ emitters: { name: string; emit: Emitter }[]; errors: string[] }> {
  const emitters: { name: string; emit: Emitter }[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const { module, exportName } = EMITTER_MODULES[name];
    try {
      // The absolute URL, as the worker threads get it (emitterTasks): messages name it the same.
      emitters.push({ name, emit: await importEmitter(new URL(module, import.meta.url).href, exportName) });
    } catch (error) {
      errors.push(emitterLoadError(name, (error as Error).message));
    }
  }
  return { emitters, errors };
}
