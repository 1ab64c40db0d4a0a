import type { ClassItem, Node } from './ast.ts';
import { caseVariants } from './caseFold.ts';

// `/` is not special to `new RegExp`; AJV and the IR never build regex literals.
const SYNTAX = new Set('^$\\.*+?()[]{}|');
const CLASS_SPECIAL = new Set('\\]^-[');
const NAMED: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r' };

/**
 * A code point as a `u`-mode escape when it is not safe to write as itself. Surrogates and
 * supplementary characters are written `\u{...}`: under `u`, `\uD83D\uDE00` would be read as one
 * character, so two lone surrogates printed side by side (`[\ud800-\udbff\udc00]`) would pair up.
 */
function escapeCode(code: number): string | undefined {
  if (NAMED[code]) return NAMED[code];
  if (code >= 0xd800 && (code <= 0xdfff || code > 0xffff)) return `\\u{${code.toString(16)}}`;
  const invisible = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  if (!invisible) return undefined;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function printChar(code: number, inClass: boolean): string {
  const escaped = escapeCode(code);
  if (escaped) return escaped;
  const ch = String.fromCodePoint(code);
  return (inClass ? CLASS_SPECIAL : SYNTAX).has(ch) ? `\\${ch}` : ch;
}

function printClassItem(item: ClassItem): string {
  switch (item.kind) {
    case 'char':
      return printChar(item.code, true);
    case 'range':
      return `${printChar(item.from, true)}-${printChar(item.to, true)}`;
    case 'escape':
      return `\\${item.escape}`;
    case 'property':
      return `\\${item.negated ? 'P' : 'p'}{${item.name}}`;
  }
}

/** Prints the tree as a pattern valid under the `u` flag; `ignoreCase` expands letters to both cases. */
export function printPattern(root: Node, ignoreCase: boolean): string {
  const print = (node: Node): string => {
    switch (node.kind) {
      case 'alternation':
        return node.alternatives.map(printSequence).join('|');
      case 'sequence':
        return printSequence(node.nodes);
      case 'group':
        return `(${node.capture ? (node.name ? `?<${node.name}>` : '') : '?:'}${print(node.body)})`;
      case 'look':
        return `(?${node.ahead ? '' : '<'}${node.negated ? '!' : '='}${print(node.body)})`;
      case 'quantified': {
        // `u` forbids quantifying a lookahead directly (Annex B allows it); a group means the same.
        const body = node.body.kind === 'look' ? `(?:${print(node.body)})` : print(node.body);
        if (node.raw !== undefined) return `${body}${node.raw}`;
        const count = node.min === 0 && node.max === null ? '*'
          : node.min === 1 && node.max === null ? '+'
          : node.min === 0 && node.max === 1 ? '?'
          : node.max === node.min ? `{${node.min}}`
          : `{${node.min},${node.max ?? ''}}`;
        return `${body}${count}${node.lazy ? '?' : ''}`;
      }
      case 'assertion':
        return node.assertion;
      case 'char': {
        if (ignoreCase) {
          const variants = caseVariants(node.code);
          if (variants.length > 1) return `[${variants.map((c) => printChar(c, true)).join('')}]`;
        }
        return printChar(node.code, false);
      }
      case 'dot':
        return '.';
      case 'escape':
        return `\\${node.escape}`;
      case 'property':
        return printClassItem(node);
      case 'class': {
        const items = ignoreCase ? node.items.flatMap(withCaseVariants) : node.items;
        return `[${node.negated ? '^' : ''}${items.map(printClassItem).join('')}]`;
      }
      case 'backreference':
        // Grouped so that a digit after it cannot extend the group number.
        return node.name ? `\\k<${node.name}>` : `(?:\\${node.index})`;
    }
  };
  const printSequence = (nodes: Node[]) => nodes.map(print).join('');
  return print(root);
}

function withCaseVariants(item: ClassItem): ClassItem[] {
  if (item.kind === 'char') return caseVariants(item.code).map((code) => ({ kind: 'char', code }));
  if (item.kind !== 'range') return [item];
  const extra: ClassItem[] = [];
  // ASCII letters shift by 32 between cases; other ranges must not contain letters (checked by the caller).
  for (const [lo, hi, shift] of [[0x41, 0x5a, 32], [0x61, 0x7a, -32]] as const) {
    const from = Math.max(item.from, lo);
    const to = Math.min(item.to, hi);
    if (from <= to) extra.push({ kind: 'range', from: from + shift, to: to + shift });
  }
  return [item, ...extra];
}
