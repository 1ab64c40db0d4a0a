import type { Node } from '../../patterns/ast.ts';
import { parsePattern } from '../../patterns/parse.ts';
import { printPattern } from '../../patterns/print.ts';

/** A character class of a program: code-point ranges, or a `u` pattern for one code point. */
export type ClassSource = { ranges: number[]; negated: boolean } | { regExp: string };

/** A compiled program, as plain data to write into generated code. */
export interface ProgramSource {
  insts: number[][];
  classes: ClassSource[];
}

const DIGIT = [48, 57];
/** `\s`: ECMA-262 WhiteSpace (with every Zs code point) and LineTerminator. */
const SPACE = [9, 13, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
const WORD = [48, 57, 65, 90, 95, 95, 97, 122];
/** `.` under `u`: any code point but the four line terminators. */
const LINE_TERMINATORS = [10, 10, 13, 13, 0x2028, 0x2029];

/** Ranges for what can be said with code points alone; undefined when Unicode tables are needed. */
function rangesOf(node: Node): { ranges: number[]; negated: boolean } | undefined {
  switch (node.kind) {
    case 'char':
      return { ranges: [node.code, node.code], negated: false };
    case 'dot':
      return { ranges: LINE_TERMINATORS, negated: true };
    case 'escape':
      if (node.escape === 'd' || node.escape === 'D') return { ranges: DIGIT, negated: node.escape === 'D' };
      if (node.escape === 'w' || node.escape === 'W') return { ranges: WORD, negated: node.escape === 'W' };
      return { ranges: SPACE, negated: node.escape === 'S' };
    case 'class': {
      const ranges: number[] = [];
      for (const item of node.items) {
        if (item.kind === 'char') ranges.push(item.code, item.code);
        else if (item.kind === 'range') ranges.push(item.from, item.to);
        else if (item.kind === 'escape' && item.escape === 'd') ranges.push(...DIGIT);
        else if (item.kind === 'escape' && item.escape === 'w') ranges.push(...WORD);
        else if (item.kind === 'escape' && item.escape === 's') ranges.push(...SPACE);
        else return undefined;
      }
      return { ranges, negated: node.negated };
    }
    default:
      return undefined;
  }
}

/** Programs larger than this fall back to the native engine (a bounded repeat like `{1,5000}`). */
const MAX_INSTRUCTIONS = 4000;

/** How a pattern is run: natively, on the linear engine, or natively below a length and linearly above. */
export type PatternPlan = { engine: 'native' } | { engine: 'linear'; nativeBelow?: number };

/** Work (steps of a backtracking search) we accept from the native engine in the worst case. */
const NATIVE_BUDGET = 5_000_000;
/**
 * The native engine always takes strings shorter than this: n^(k+1) overstates real patterns
 * badly, and identifiers and ARNs are usually this short. The ReDoS test runs every shared
 * model's patterns at this length on adversarial input to keep the choice honest.
 */
export const NATIVE_FLOOR = 256;

/**
 * How to run a pattern on strings of at most `maxLength` code points:
 * - a quantified group that itself holds a quantifier or an alternation (`(a+)+`, `(a|ab)*`) can
 *   backtrack exponentially: always the linear engine;
 * - k unbounded quantifiers make the unanchored search take up to n^(k+1) steps: the native
 *   engine (fast on ordinary input) while that stays within budget (and always below
 *   NATIVE_FLOOR), the linear one above that length;
 * - anything else is linear in the native engine already.
 */
export function planPattern(pattern: string, maxLength: number | undefined): PatternPlan {
  let root: Node;
  try {
    root = parsePattern(pattern).root;
  } catch {
    return { engine: 'native' };
  }
  let nested = false;
  let unbounded = 0;
  const visit = (node: Node, insideQuantifier: boolean): void => {
    switch (node.kind) {
      case 'alternation':
        if (insideQuantifier && node.alternatives.length > 1) nested = true;
        node.alternatives.forEach((a) => a.forEach((n) => visit(n, insideQuantifier)));
        return;
      case 'sequence':
        node.nodes.forEach((n) => visit(n, insideQuantifier));
        return;
      case 'group':
      case 'look':
        visit(node.body, insideQuantifier);
        return;
      case 'quantified':
        if (insideQuantifier) nested = true;
        if (node.max === null) unbounded++;
        visit(node.body, node.max === null || node.max > 1 || insideQuantifier);
        return;
      default:
        return;
    }
  };
  visit(root, false);
  if (nested) return { engine: 'linear' };
  if (unbounded === 0) return { engine: 'native' };
  const nativeBelow = Math.max(NATIVE_FLOOR, Math.floor(NATIVE_BUDGET ** (1 / (unbounded + 1))));
  if (maxLength !== undefined && maxLength < nativeBelow) return { engine: 'native' };
  return { engine: 'linear', nativeBelow };
}

/**
 * Compiles a pattern (already valid under `u`) into a program for `linearTest`, or returns
 * undefined when the pattern uses what an automaton cannot do (backreferences, lookaround) or
 * what this compiler does not read exactly (`\u{...}` escapes, written for `u` only).
 */
export function compileLinearProgram(pattern: string): ProgramSource | undefined {
  if (/\\u\{|\\k</.test(pattern)) return undefined;
  let parsed;
  try {
    parsed = parsePattern(pattern);
  } catch {
    return undefined;
  }
  if (parsed.caseInsensitive) return undefined;
  const insts: number[][] = [];
  const classes: ClassSource[] = [];
  const classIndex = new Map<string, number>();
  let unsupported = false;

  const emit = (ins: number[]): number => insts.push(ins) - 1;
  const classOf = (node: Node): number => {
    const ranges = rangesOf(node);
    const cls: ClassSource = ranges ?? { regExp: `^(?:${printPattern({ kind: 'alternation', alternatives: [[node]] }, false)})$` };
    const key = JSON.stringify(cls);
    let index = classIndex.get(key);
    if (index === undefined) {
      index = classes.push(cls) - 1;
      classIndex.set(key, index);
    }
    return index;
  };

  // Thompson construction with continuation passing: compile(node, next) returns the entry of a
  // fragment that matches `node` then continues at `next`.
  const compile = (node: Node, next: number): number => {
    if (unsupported || insts.length > MAX_INSTRUCTIONS) {
      unsupported = true;
      return next;
    }
    switch (node.kind) {
      case 'alternation': {
        const entries = node.alternatives.map((seq) => compileSequence(seq, next));
        return entries.reduceRight((rest, entry) => emit([1, entry, rest]));
      }
      case 'sequence':
        return compileSequence(node.nodes, next);
      case 'group':
        return compile(node.body, next);
      case 'assertion':
        return emit([2, ['^', '$', '\\b', '\\B'].indexOf(node.assertion), next]);
      case 'char':
      case 'dot':
      case 'escape':
      case 'property':
      case 'class':
        return emit([0, classOf(node), next]);
      case 'quantified': {
        let entry = next;
        if (node.max === null) {
          // A loop: split into the body (which jumps back to the split) or on.
          const split = emit([1, -1, next]);
          const body = compile(node.body, split);
          insts[split][1] = body;
          entry = split;
        } else {
          // x{n,m}: the optional copies nest, (x(x)?)?, so each may be skipped to the rest.
          for (let i = node.min; i < node.max; i++) entry = emit([1, compile(node.body, entry), next]);
        }
        for (let i = 0; i < node.min; i++) entry = compile(node.body, entry);
        return entry;
      }
      default:
        unsupported = true;
        return next;
    }
  };
  const compileSequence = (nodes: Node[], next: number): number => nodes.reduceRight((rest, node) => compile(node, rest), next);

  // The simulator starts at instruction 0: a jump to the entry, patched once it is known.
  const head = emit([4, -1]);
  const match = emit([3]);
  insts[head][1] = compile(parsed.root, match);
  if (unsupported || insts.length > MAX_INSTRUCTIONS) return undefined;
  return { insts, classes };
}
