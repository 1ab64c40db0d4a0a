import type { ClassItem } from './ast.ts';

const r = (from: string, to: string): ClassItem => ({ kind: 'range', from: from.codePointAt(0)!, to: to.codePointAt(0)! });
const c = (ch: string): ClassItem => ({ kind: 'char', code: ch.codePointAt(0)! });

/**
 * Java's POSIX character classes (`\p{Graph}`, `\p{Upper}`, …; US-ASCII only, as java.util.regex
 * defines them). AWS models written against Java use them; without flags ECMA-262 would read
 * `\p{Upper}` as the letters `p{Upper}`, which is never what the author meant.
 */
export const JAVA_POSIX: Record<string, ClassItem[]> = {
  Lower: [r('a', 'z')],
  Upper: [r('A', 'Z')],
  ASCII: [r('\x00', '\x7f')],
  Alpha: [r('A', 'Z'), r('a', 'z')],
  Digit: [r('0', '9')],
  Alnum: [r('0', '9'), r('A', 'Z'), r('a', 'z')],
  Punct: [r('!', '/'), r(':', '@'), r('[', '`'), r('{', '~')],
  Graph: [r('!', '~')],
  Print: [r(' ', '~')],
  Blank: [c(' '), c('\t')],
  Cntrl: [r('\x00', '\x1f'), c('\x7f')],
  XDigit: [r('0', '9'), r('A', 'F'), r('a', 'f')],
  Space: [c(' '), r('\t', '\r')],
};
