import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SourceLocation } from '../ir/types.ts';
import { EMITTER_MODULES, isEmitterName, type EmitterName } from './emitters.ts';

export const CONFIG_FILE = 'shapecraft.config.json';

/** Every emitter, in the order they run; `package` last, because it reads the others' files. */
export const ALL_EMITTERS = [...(Object.keys(EMITTER_MODULES) as EmitterName[]), 'package'] as const;

/** A checked configuration with absolute paths. */
export interface ShapecraftConfig {
  /** The folder paths in the config are relative to (the config file's folder, or the cwd). */
  root: string;
  /** The config file, relative to `root`; absent when defaults are used. */
  file?: string;
  /** Folder of the YAML model. */
  model: string;
  /** Folder that holds one generated package per service (`generated/<service>`). */
  out: string;
  /** Overrides of the package identity the model declares. */
  package: { name?: string; version?: string; license?: string };
  emitters: EmitterName[];
  /** Whether package.json, the README and the compiled `dist/` are produced. */
  packageEmitter: boolean;
  /** Content-hash cache (gitignored). */
  cacheDir: string;
}

export interface ConfigOverrides {
  model?: string;
  out?: string;
}

const KEYS = new Set(['$schema', 'model', 'out', 'package', 'emitters']);
const PACKAGE_KEYS = new Set(['name', 'version', 'license']);

/** The nearest `shapecraft.config.json` in `dir` or a folder above it, as tsc finds tsconfig.json. */
function findConfig(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** Where `"key"` first appears in the JSON text: good enough to point a reader at the line. */
function locate(file: string, text: string, key: string): SourceLocation {
  const at = text.indexOf(JSON.stringify(key));
  const before = text.slice(0, Math.max(at, 0)).split('\n');
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads `shapecraft.config.json` (the file given, or the nearest one in the current folder or
 * above) and checks it. Unknown keys are errors, as in
 * the model: a misspelt `emiters` must not silently run every emitter.
 */
export function loadConfig(options: { cwd: string; file?: string; overrides?: ConfigOverrides }): { config?: ShapecraftConfig; diagnostics: Diagnostic[] } {
  const path = options.file ? resolve(options.cwd, options.file) : findConfig(options.cwd) ?? join(options.cwd, CONFIG_FILE);
  const root = options.file || existsSync(path) ? dirname(path) : options.cwd;
  const shown = relative(options.cwd, path).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const error = (code: string, message: string, hint: string, key?: string, text?: string): void => {
    diagnostics.push({ code, severity: 'error', message, hint, location: key && text ? locate(shown, text, key) : { file: shown, line: 1, column: 1 } });
  };

  let raw: Record<string, unknown> = {};
  let text = '';
  if (existsSync(path)) {
    text = readFileSync(path, 'utf8');
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        error('SC8101', 'the config must be a JSON object', 'the keys are model, out, package, emitters');
        return { diagnostics };
      }
      raw = parsed as Record<string, unknown>;
    } catch (e) {
      error('SC8101', `the config is not valid JSON: ${(e as Error).message}`, 'fix the JSON syntax');
      return { diagnostics };
    }
  } else if (options.file) {
    error('SC8101', `config file ${shown} does not exist`, 'check the --config path');
    return { diagnostics };
  }

  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) error('SC8102', `unknown config key ${JSON.stringify(key)}`, `the keys are ${[...KEYS].join(', ')}`, key, text);
  }
  const folder = (key: 'model' | 'out', fallback: string, override?: string): string => {
    if (override !== undefined) return resolve(options.cwd, override);
    const value = raw[key] ?? fallback;
    if (typeof value !== 'string' || value === '') {
      error('SC8103', `"${key}" must be a folder path`, `for example "${fallback}"`, key, text);
      return join(root, fallback);
    }
    return isAbsolute(value) ? value : join(root, value);
  };
  const model = folder('model', 'model', options.overrides?.model);
  const out = folder('out', 'generated', options.overrides?.out);

  const pkg: ShapecraftConfig['package'] = {};
  if (raw.package !== undefined) {
    if (typeof raw.package !== 'object' || raw.package === null || Array.isArray(raw.package)) {
      error('SC8103', '"package" must be an object { name, version, license }', 'or leave it out to use the model\'s', 'package', text);
    } else {
      for (const [key, value] of Object.entries(raw.package)) {
        if (!PACKAGE_KEYS.has(key)) error('SC8102', `unknown key "package.${key}"`, 'the keys are name, version, license', key, text);
        else if (typeof value !== 'string' || value === '') error('SC8103', `"package.${key}" must be a non-empty string`, 'or leave it out to use the model\'s', key, text);
        else pkg[key as keyof typeof pkg] = value;
      }
    }
  }

  let emitters: EmitterName[] = Object.keys(EMITTER_MODULES) as EmitterName[];
  let packageEmitter = true;
  if (raw.emitters !== undefined) {
    if (!Array.isArray(raw.emitters) || raw.emitters.some((e) => typeof e !== 'string')) {
      error('SC8103', '"emitters" must be a list of emitter names', `choose from ${ALL_EMITTERS.join(', ')}`, 'emitters', text);
    } else {
      const names = raw.emitters as string[];
      for (const name of names) {
        if (name !== 'package' && !isEmitterName(name)) error('SC8104', `unknown emitter ${JSON.stringify(name)}`, `choose from ${ALL_EMITTERS.join(', ')}`, name, text);
      }
      // Run in the canonical order whatever order the config lists them: output must not depend on it.
      emitters = (Object.keys(EMITTER_MODULES) as EmitterName[]).filter((n) => names.includes(n));
      packageEmitter = names.includes('package');
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  return {
    config: {
      root,
      file: existsSync(path) ? relative(root, path).split(sep).join('/') : undefined,
      model,
      out,
      package: pkg,
      emitters,
      packageEmitter,
      cacheDir: join(root, '.shapecraft-cache'),
    },
    diagnostics,
  };
}
