/**
 * The imports of generated serde code: every runtime helper it names (`$` names) from the module
 * that defines it, and the shape functions of `src/client/serde.ts` it calls; nothing it does not use.
 */
import { namedImport } from '../operationFiles.ts';

const MODULES: Record<string, string[]> = {
  serialize: ['$put', '$own', '$bytes', '$blob', '$float', '$list', '$map', '$uri', '$label', '$greedyLabel', '$query', '$queryMap', '$header', '$prefixHeaders', '$mediaHeader', '$contentType'],
  deserialize: [
    '$set', '$take', '$object', '$string', '$boolean', '$number', '$base64', '$document', '$readList', '$readMap', '$unknownMember',
    '$json', '$jsonBody', '$text', '$numberText', '$booleanText', '$mediaText', '$headerList', '$prefixed',
  ],
  timestamp: ['$epochSeconds', '$dateTime', '$httpDate', '$readEpochSeconds', '$readDateTime', '$readHttpDate'],
};

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
