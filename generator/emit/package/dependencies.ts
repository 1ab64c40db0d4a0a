import { isBuiltin } from 'node:module';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { EmittedFile } from '../emitter.ts';
import shapecraftPackage from '../../../package.json' with { type: 'json' };

/**
 * The runtime dependencies of the generated package are exactly the bare module specifiers its
 * source imports, at the versions shapecraft itself is built and tested with. Declaring them from
 * the code (rather than from a list) keeps them as few as possible and never out of date.
 */
/**
 * Import and re-export statements start a line in formatted code (a multi-line import ends with a
 * `} from '...'` line); dynamic imports may sit anywhere in a line that is not a comment. Anchoring
 * to lines keeps model text in doc comments (`* ... from 'x'`) from looking like an import.
 */
const STATIC_IMPORT = /^(?:(?:import|export)\b[^'"]*?\bfrom|\}\s*from|import)\s*(['"])([^'"\n]+)\1/;
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g;

export function specifiersOf(code: string): string[] {
  const found: string[] = [];
  for (const rawLine of linesMentioning(code, ['import', 'from'])) {
    const line = rawLine.trim();
    if (line.startsWith('*') || line.startsWith('//') || line.startsWith('/*')) continue;
    const stat = STATIC_IMPORT.exec(line);
    if (stat) found.push(stat[2]);
    for (const dynamic of line.matchAll(DYNAMIC_IMPORT)) found.push(dynamic[2]);
  }
  return found;
}

/**
 * The lines that contain one of `words`, in order: only they can hold a specifier, and finding
 * them by search instead of splitting every line keeps the scan cheap on megabytes of validators.
 */
function linesMentioning(code: string, words: readonly string[]): string[] {
  const starts = new Set<number>();
  for (const word of words) {
    for (let at = code.indexOf(word); at >= 0; at = code.indexOf(word, at + word.length)) starts.add(code.lastIndexOf('\n', at) + 1);
  }
  return [...starts].sort((a, b) => a - b).map((start) => {
    const end = code.indexOf('\n', start);
    return code.slice(start, end < 0 ? code.length : end);
  });
}

const knownVersions: Record<string, string> = {
  ...shapecraftPackage.devDependencies,
  ...shapecraftPackage.dependencies,
};

/** `@smithy/signature-v4/dist/x` → `@smithy/signature-v4`; `yaml/util` → `yaml`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export interface ImportScan {
  dependencies: Record<string, string>;
  /** The code imports Node built-ins, so its declarations need @types/node. */
  usesNodeBuiltins: boolean;
  diagnostics: Diagnostic[];
}

export function scanImports(files: readonly EmittedFile[]): ImportScan {
  const names = new Set<string>();
  let usesNodeBuiltins = false;
  for (const file of files) {
    if (!file.path.startsWith('src/') || !/\.(ts|js)$/.test(file.path)) continue;
    for (const specifier of specifiersOf(file.contents)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
      if (specifier.startsWith('node:') || isBuiltin(specifier)) {
        usesNodeBuiltins = true;
        continue;
      }
      names.add(packageNameOf(specifier));
    }
  }
  const dependencies: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  for (const name of [...names].sort()) {
    const version = knownVersions[name];
    if (version) dependencies[name] = version;
    else {
      diagnostics.push({
        code: 'SC8301',
        severity: 'error',
        message: `generated code imports ${JSON.stringify(name)}, which shapecraft does not depend on, so its version is unknown`,
        hint: 'add the package to shapecraft\'s package.json, or change the emitter or runtime file that imports it',
      });
    }
  }
  return { dependencies, usesNodeBuiltins, diagnostics };
}
