/** Import declarations and calls of generated TypeScript, laid out as a formatter would. */

/** `import { a, b } from 'x';`, one name per line when it would not fit in 100 columns. */
export function namedImport(names: string[], from: string, typeOnly = false): string {
  const keyword = typeOnly ? 'import type' : 'import';
  const flat = `${keyword} { ${names.join(', ')} } from '${from}';`;
  return flat.length <= 100 ? flat : `${keyword} {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`;
}

/**
 * `name(a, b)` on one line when it fits in 100 columns at `indent`, else one argument per line
 * (as Prettier prints a call), so generated code stays readable whatever the model's names.
 * `around`: characters the line holds besides the call (`path: ` before it, `,` after it).
 */
export function call(name: string, args: string[], indent: string, suffix = ';', around = 0): string {
  const flat = `${name}(${args.join(', ')})${suffix}`;
  if (indent.length + around + flat.length <= 100 || args.some((a) => a.includes('\n'))) return flat;
  return `${name}(\n${args.map((a) => `${indent}  ${a},`).join('\n')}\n${indent})${suffix}`;
}
