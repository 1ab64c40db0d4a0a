/**
 * The imports of generated serde code: every runtime helper it names (`$` names) from the module
 * that defines it, and the shape functions of `src/client/serde.ts` it calls; nothing it does not use.
 */
import { readFileSync } from 'node:fs';
import { namedImport } from '../../ts/layout.ts';

/**
 * The helpers each runtime module exports, read from the runtime's own source, so the list cannot
 * fall behind it: every `export function $x` or `export const $x` of these modules.
 */
const MODULES: Record<string, string[]> = Object.fromEntries(
  ['serialize', 'deserialize', 'timestamp'].map((module) => {
    const source = readFileSync(new URL(`../../../../templates/runtime/protocol/${module}.ts`, import.meta.url), 'utf8');
    return [module, [...source.matchAll(/^export (?:function|const) (\$\w+)/gm)].map((m) => m[1])];
  }),
);

const HELPER = /\$[A-Za-z0-9]+\b/g;
/** Model text reaches generated code only inside string literals (stringLiteral writes them). */
const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"/g;

/** `import { … } from '<runtime>/protocol/<module>.js';` lines for the helpers `code` uses. */
export function helperImports(code: string, runtime: string): string[] {
  const used = new Set(code.replace(STRING_LITERAL, '""').match(HELPER) ?? []);
  const lines: string[] = [];
  for (const [module, names] of Object.entries(MODULES)) {
    const mine = names.filter((n) => used.has(n));
    if (mine.length > 0) lines.push(namedImport(mine, `${runtime}/protocol/${module}.js`));
  }
  return lines;
}

/** `import * as $serde from '<from>';` when `code` calls a shape function of `src/client/serde.ts`. */
export function serdeImport(code: string, from: string): string[] {
  return /\$serde\./.test(code.replace(STRING_LITERAL, '""')) ? [`import * as $serde from '${from}';`] : [];
}
