import type { ClassEscapeKind, ClassItem, Node, PropertyNode } from './ast.ts';
import { JAVA_POSIX } from './posix.ts';

/** A pattern the parser rejects, with the offset of the problem. */
export class PatternError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
  }
}

export interface ParsedPattern {
  root: Node;
  /** `(?i)` at the very start (Java/PCRE inline flag): the printer expands letters to both cases. */
  caseInsensitive: boolean;
}

const CLASS_ESCAPES = new Set('dDsSwW');
const CONTROL_ESCAPES: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
const HEX = /^[0-9a-fA-F]$/;
const isLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z]$/.test(ch);

/**
 * Recursive-descent parser for ECMA-262 patterns as a no-flag RegExp reads them (Annex B
 * included: identity escapes, literal `{`/`}`/`]`, legacy octal, `[\w-z]`, quantified lookahead).
 *
 * Three readings follow the author's intent rather than the letter of no-flag ECMA-262, because
 * AWS models are written for Java-like engines and for `u`: `\p{..}`/`\P{..}` is a property
 * escape (or a Java POSIX class), `\A`/`\z`/`\Z` are input anchors, and a leading `(?i)` makes the
 * pattern case-insensitive.
 */
export function parsePattern(source: string): ParsedPattern {
  return new Parser(source).parse();
}

class Parser {
  private pos = 0;
  private readonly groupCount: number;
  private readonly hasNamedGroups: boolean;
  private caseInsensitive = false;

  constructor(private readonly src: string) {
    this.groupCount = countCapturingGroups(src);
    this.hasNamedGroups = /\(\?<[A-Za-z_$]/.test(src);
  }

  parse(): ParsedPattern {
    if (this.src.startsWith('(?i)')) {
      this.caseInsensitive = true;
      this.pos = 4;
    }
    const root = this.disjunction();
    if (this.pos < this.src.length) throw new PatternError(`unmatched ${JSON.stringify(this.peek())}`, this.pos);
    return { root, caseInsensitive: this.caseInsensitive };
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private eat(text: string): boolean {
    if (!this.src.startsWith(text, this.pos)) return false;
    this.pos += text.length;
    return true;
  }

  private disjunction(): Node {
    const alternatives: Node[][] = [this.alternative()];
    while (this.eat('|')) alternatives.push(this.alternative());
    return { kind: 'alternation', alternatives };
  }

  private alternative(): Node[] {
    const nodes: Node[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') nodes.push(this.term());
    return nodes;
  }

  private term(): Node {
    const start = this.pos;
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const quantifiable = atom.kind !== 'assertion' && !(atom.kind === 'look' && !atom.ahead);
    if (!quantifiable) throw new PatternError('nothing to repeat', start);
    return { kind: 'quantified', body: atom, ...quantifier };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` with optional lazy `?`; a brace that is not a quantifier is not consumed. */
  private quantifier(): { min: number; max: number | null; lazy: boolean; raw: string } | undefined {
    const start = this.pos;
    let min: number;
    let max: number | null;
    const ch = this.peek();
    if (ch === '*') [min, max] = [0, null];
    else if (ch === '+') [min, max] = [1, null];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const braced = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!braced) return undefined;
      min = Number(braced[1]);
      max = braced[2] === undefined ? min : braced[3] === '' ? null : Number(braced[3]);
      if (max !== null && max < min) throw new PatternError('numbers out of order in {} quantifier', this.pos);
      this.pos += braced[0].length - 1;
    } else return undefined;
    this.pos++;
    const lazy = this.eat('?');
    return { min, max, lazy, raw: this.src.slice(start, this.pos) };
  }

  private atom(): Node {
    const start = this.pos;
    const ch = this.src[this.pos++];
    switch (ch) {
      case '^':
      case '$':
        return { kind: 'assertion', assertion: ch };
      case '.':
        return { kind: 'dot' };
      case '(':
        return this.group(start);
      case '[':
        return this.characterClass();
      case '\\':
        return this.atomEscape(start);
      case '*':
      case '+':
      case '?':
        throw new PatternError('nothing to repeat', start);
      case '{':
        // Annex B: a brace is literal unless it reads as a quantifier, which here has nothing to repeat.
        if (/^\{\d+(,\d*)?\}/.test(this.src.slice(start))) throw new PatternError('nothing to repeat', start);
        return { kind: 'char', code: 0x7b };
      default: {
        const code = this.src.codePointAt(start)!;
        this.pos = start + String.fromCodePoint(code).length;
        return { kind: 'char', code };
      }
    }
  }

  private group(start: number): Node {
    let node: Node;
    if (this.eat('?:')) node = { kind: 'group', capture: false, body: this.disjunction() };
    else if (this.eat('?=')) node = { kind: 'look', ahead: true, negated: false, body: this.disjunction() };
    else if (this.eat('?!')) node = { kind: 'look', ahead: true, negated: true, body: this.disjunction() };
    else if (this.eat('?<=')) node = { kind: 'look', ahead: false, negated: false, body: this.disjunction() };
    else if (this.eat('?<!')) node = { kind: 'look', ahead: false, negated: true, body: this.disjunction() };
    else if (this.eat('?<')) {
      const name = /^([A-Za-z_$][A-Za-z0-9_$]*)>/.exec(this.src.slice(this.pos));
      if (!name) throw new PatternError('invalid group name', this.pos);
      this.pos += name[0].length;
      node = { kind: 'group', capture: true, name: name[1], body: this.disjunction() };
    } else if (this.peek() === '?') throw new PatternError(`unsupported group syntax ${JSON.stringify(this.src.slice(start, start + 3))}`, start);
    else node = { kind: 'group', capture: true, body: this.disjunction() };
    if (!this.eat(')')) throw new PatternError('unterminated group', start);
    return node;
  }

  private atomEscape(start: number): Node {
    const ch = this.peek();
    if (ch === undefined) throw new PatternError('\\ at end of pattern', start);
    if (ch === 'b' || ch === 'B') {
      this.pos++;
      return { kind: 'assertion', assertion: ch === 'b' ? '\\b' : '\\B' };
    }
    // Java's input anchors; without flags `^` and `$` mean the same thing.
    if (ch === 'A' || ch === 'z') {
      this.pos++;
      return { kind: 'assertion', assertion: ch === 'A' ? '^' : '$' };
    }
    if (ch === 'Z') {
      this.pos++;
      const end: Node = { kind: 'assertion', assertion: '$' };
      const newline: Node = { kind: 'quantified', body: { kind: 'char', code: 0x0a }, min: 0, max: 1, lazy: false };
      return { kind: 'look', ahead: true, negated: false, body: { kind: 'alternation', alternatives: [[newline, end]] } };
    }
    if (/[1-9]/.test(ch)) {
      const digits = /^\d+/.exec(this.src.slice(this.pos))![0];
      if (Number(digits) <= this.groupCount) {
        this.pos += digits.length;
        return { kind: 'backreference', index: Number(digits) };
      }
    }
    if (ch === 'k' && this.hasNamedGroups) {
      const name = /^k<([A-Za-z_$][A-Za-z0-9_$]*)>/.exec(this.src.slice(this.pos));
      if (!name) throw new PatternError('invalid named reference', start);
      this.pos += name[0].length;
      return { kind: 'backreference', name: name[1] };
    }
    if (ch === 'c' && !isLetter(this.peek(1))) {
      // Annex B: `\c` without a control letter is a literal backslash; the `c` is read next.
      return { kind: 'char', code: 0x5c };
    }
    const item = this.classEscapeOrChar(false, start);
    if (item.kind === 'range') return { kind: 'class', negated: false, items: [item] };
    if (item.kind === 'posix') return { kind: 'class', negated: item.negated, items: item.items };
    return item;
  }

  /** An escape after `\` inside or outside a class; class-only meanings are switched by `inClass`. */
  private classEscapeOrChar(
    inClass: boolean,
    start: number,
  ): { kind: 'char'; code: number } | { kind: 'escape'; escape: ClassEscapeKind } | PropertyNode | { kind: 'range'; from: number; to: number } | { kind: 'posix'; negated: boolean; items: ClassItem[] } {
    const ch = this.src[this.pos++];
    if (CLASS_ESCAPES.has(ch)) return { kind: 'escape', escape: ch as ClassEscapeKind };
    if (ch in CONTROL_ESCAPES) return { kind: 'char', code: CONTROL_ESCAPES[ch] };
    if ((ch === 'p' || ch === 'P') && this.peek() === '{') {
      const body = /^\{([A-Za-z_][A-Za-z0-9_]*(=[A-Za-z0-9_]+)?)\}/.exec(this.src.slice(this.pos));
      if (body) {
        this.pos += body[0].length;
        const negated = ch === 'P';
        if (JAVA_POSIX[body[1]]) return { kind: 'posix', negated, items: JAVA_POSIX[body[1]] };
        if (isUnicodeProperty(body[1])) return { kind: 'property', negated, name: body[1] };
        throw new PatternError(`unknown property \\${ch}{${body[1]}}`, start);
      }
    }
    if (ch === 'c') {
      const next = this.peek();
      // Annex B allows digits and `_` after `\c` inside a class.
      if (isLetter(next) || (inClass && next !== undefined && /[0-9_]/.test(next))) {
        this.pos++;
        return { kind: 'char', code: next!.charCodeAt(0) % 32 };
      }
      this.pos--;
      return { kind: 'char', code: 0x5c };
    }
    if (ch === 'x') {
      const hex = this.src.slice(this.pos, this.pos + 2);
      if (hex.length === 2 && [...hex].every((h) => HEX.test(h))) {
        this.pos += 2;
        return { kind: 'char', code: parseInt(hex, 16) };
      }
      return { kind: 'char', code: 0x78 };
    }
    if (ch === 'u') {
      const hex = this.src.slice(this.pos, this.pos + 4);
      if (hex.length === 4 && [...hex].every((h) => HEX.test(h))) {
        this.pos += 4;
        return { kind: 'char', code: parseInt(hex, 16) };
      }
      return { kind: 'char', code: 0x75 };
    }
    if (ch === 'b' && inClass) return { kind: 'char', code: 0x08 };
    if (/[0-7]/.test(ch)) {
      // Legacy octal: up to three digits, value at most 0o377.
      let digits = ch;
      while (digits.length < 3 && /[0-7]/.test(this.peek() ?? '') && parseInt(digits + this.peek(), 8) <= 0o377) digits += this.src[this.pos++];
      return { kind: 'char', code: parseInt(digits, 8) };
    }
    // Identity escape: the character itself (`\-`, `\ `, `\_`, `\/`, `\8`, …).
    const code = this.src.codePointAt(this.pos - 1)!;
    this.pos += String.fromCodePoint(code).length - 1;
    return { kind: 'char', code };
  }

  private characterClass(): Node {
    const start = this.pos - 1;
    const negated = this.eat('^');
    const items: ClassItem[] = [];
    while (this.peek() !== ']') {
      if (this.pos >= this.src.length) throw new PatternError('unterminated character class', start);
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        const dash = this.pos;
        this.pos++;
        const to = this.classAtom();
        if (from.length === 1 && from[0].kind === 'char' && to.length === 1 && to[0].kind === 'char') {
          if (from[0].code > to[0].code) throw new PatternError('range out of order in character class', dash);
          items.push({ kind: 'range', from: from[0].code, to: to[0].code });
        } else {
          // Annex B: a range with a class escape at either end is the two ends and a literal `-`.
          items.push(...from, { kind: 'char', code: 0x2d }, ...to);
        }
      } else items.push(...from);
    }
    this.pos++;
    return { kind: 'class', negated, items };
  }

  /** One class atom; a Java POSIX class expands to several items. */
  private classAtom(): ClassItem[] {
    const start = this.pos;
    if (this.src[this.pos] !== '\\') {
      const code = this.src.codePointAt(this.pos)!;
      if (code > 0xffff) throw new PatternError('astral character in a class matches differently without the u flag', start);
      this.pos += 1;
      return [{ kind: 'char', code }];
    }
    this.pos++;
    if (this.peek() === undefined) throw new PatternError('\\ at end of pattern', start);
    const item = this.classEscapeOrChar(true, start);
    if (item.kind === 'posix') {
      if (item.negated) throw new PatternError('a negated Java POSIX class inside a class has no equivalent', start);
      return item.items;
    }
    return [item];
  }
}

function isUnicodeProperty(name: string): boolean {
  try {
    new RegExp(`\\p{${name}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Capturing groups decide whether `\N` is a backreference, so they are counted up front. */
function countCapturingGroups(src: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' && (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!'))) count++;
  }
  return count;
}
