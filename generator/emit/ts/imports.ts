/** Import declarations of generated TypeScript. */

/** `import { a, b } from 'x';`, one name per line when it would not fit in 100 columns. */
export function namedImport(names: string[], from: string, typeOnly = false): string {
  const keyword = typeOnly ? 'import type' : 'import';
  const flat = `${keyword} { ${names.join(', ')} } from '${from}';`;
  return flat.length <= 100 ? flat : `${keyword} {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`;
}
