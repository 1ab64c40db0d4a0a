/** Generated TypeScript laid out as a formatter would: at most 100 columns where names allow. */

const WIDTH = 100;

/**
 * `open` + the items + `close` on one line when that fits at `indent` (with `around` more
 * characters on the line, such as a `key: ` before it and a `,` after it), else one item per line,
 * each with a trailing comma, one level deeper than `indent`. `pad` goes inside the brackets of the
 * one-line form (`{ a, b }`).
 */
export function wrap(open: string, items: readonly string[], close: string, indent: string, options: { around?: number; pad?: string } = {}): string {
  const pad = options.pad ?? '';
  const flat = `${open}${pad}${items.join(', ')}${pad}${close}`;
  if (indent.length + (options.around ?? 0) + flat.length <= WIDTH && !flat.includes('\n')) return flat;
  return `${open}\n${items.map((item) => `${indent}  ${item},`).join('\n')}\n${indent}${close}`;
}

/** `import { a, b } from 'x';`, one name per line when it would not fit. */
export function namedImport(names: string[], from: string, typeOnly = false): string {
  return wrap(`${typeOnly ? 'import type' : 'import'} {`, names, `} from '${from}';`, '', { pad: ' ' });
}

/** `name(a, b)` (and `suffix`), one argument per line when it would not fit, as Prettier prints a call. */
export function call(name: string, args: string[], indent: string, suffix = ';', around = 0): string {
  return wrap(`${name}(`, args, `)${suffix}`, indent, { around });
}
