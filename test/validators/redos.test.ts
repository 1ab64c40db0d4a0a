/**
 * ReDoS: every pattern of every shared model, run the way the generated validators run it (the
 * native engine, or the linear one where the emitter chooses it), on adversarial strings built
 * from the pattern itself, as long as the validator would let through (its max length, capped at
 * 10,000 characters). Each must finish in under 50 ms. The linear engine must also agree with
 * the native one on every short probe.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Node } from '../../generator/patterns/ast.ts';
import { parsePattern } from '../../generator/patterns/parse.ts';
import { compileLinearProgram, planPattern } from '../../generator/emit/validators/linearProgram.ts';
import { linearTest } from '../../templates/runtime/inline/linearTest.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { importShared, SHARED_MODELS } from '../import/harness.ts';

const LIMIT_MS = 50;
const CANDIDATES = ['a', 'A', '0', ':', '/', '-', '_', '.', ' ', 'é', '@', '!', '*', '\n'];

function patternsOf(ir: ServiceIR): { pattern: string; max?: number }[] {
  const found: { pattern: string; max?: number }[] = [];
  for (const shape of ir.shapes) {
    if (shape.type === 'string' && shape.pattern !== undefined) found.push({ pattern: shape.pattern, max: shape.length?.max });
    if (shape.type === 'structure' || shape.type === 'union') {
      for (const m of shape.members) {
        if (m.pattern !== undefined) {
          const target = ir.shapes.find((s) => s.name === m.target);
          found.push({ pattern: m.pattern, max: m.length?.max ?? (target?.type === 'string' ? target.length?.max : undefined) });
        }
      }
    }
  }
  return found;
}

/** One character the node accepts, found by asking the native engine. */
function sampleOf(node: Node): string {
  if (node.kind === 'char') return String.fromCodePoint(node.code);
  for (const c of CANDIDATES) {
    try {
      if (nodeMatches(node, c)) return c;
    } catch {
      break;
    }
  }
  return 'a';
}

function nodeMatches(node: Node, c: string): boolean {
  switch (node.kind) {
    case 'dot':
      return !/[\n\r\u2028\u2029]/.test(c);
    case 'escape':
      return new RegExp(`^\\${node.escape}$`, 'u').test(c);
    case 'property':
      return new RegExp(`^\\${node.negated ? 'P' : 'p'}{${node.name}}$`, 'u').test(c);
    case 'class': {
      const hit = node.items.some((item) =>
        item.kind === 'char' ? c.codePointAt(0) === item.code
          : item.kind === 'range' ? c.codePointAt(0)! >= item.from && c.codePointAt(0)! <= item.to
          : item.kind === 'escape' ? new RegExp(`^\\${item.escape}$`, 'u').test(c)
          : new RegExp(`^\\${item.negated ? 'P' : 'p'}{${item.name}}$`, 'u').test(c),
      );
      return hit !== node.negated;
    }
    default:
      return false;
  }
}

/** Strings that make backtracking engines work: repeated prefixes, pumped quantifier bodies, a bad tail. */
function adversarialInputs(pattern: string, length: number): string[] {
  let root: Node;
  try {
    root = parsePattern(pattern).root;
  } catch {
    return ['a'.repeat(length)];
  }
  const samples: string[] = [];
  const pumps: { before: string; body: string }[] = [];
  const walk = (node: Node): string => {
    switch (node.kind) {
      case 'alternation':
        return node.alternatives.map((alt) => alt.map(walk).join('')).join('');
      case 'sequence':
        return node.nodes.map(walk).join('');
      case 'group':
      case 'look':
        return walk(node.body);
      case 'quantified': {
        const before = samples.join('');
        const body = walk(node.body) || 'a';
        pumps.push({ before, body });
        return body.repeat(Math.max(1, node.min));
      }
      case 'assertion':
      case 'backreference':
        return '';
      default: {
        const s = sampleOf(node);
        samples.push(s);
        return s;
      }
    }
  };
  const whole = walk(root) || 'a';
  const fill = (unit: string, tail = '\u0000') => (unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length) + tail).slice(0, length);
  const inputs = new Set<string>([fill(whole), fill(whole, ''), fill(samples[0] ?? 'a')]);
  for (const { before, body } of pumps.slice(0, 4)) inputs.add(fill(before + body.repeat(Math.ceil(length / Math.max(1, body.length))), '\u0000'));
  return [...inputs];
}

function bestOf(run: () => void, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const seen = new Set<string>();
let patterns = 0;
let occurrences = 0;
let linear = 0;
let slowest = { ms: 0, pattern: '' };

for (const [format, file] of SHARED_MODELS) {
  test(`patterns of ${format} ${file} stay under ${LIMIT_MS} ms on adversarial input`, () => {
    const { ir } = importShared(format, file);
    for (const { pattern, max } of patternsOf(ir)) {
      occurrences++;
      const key = `${pattern}\u0000${max}`;
      if (seen.has(key)) continue;
      seen.add(key);
      patterns++;
      // The same plan the validators emitter makes: native, linear, or native below a length.
      const plan = planPattern(pattern, max);
      const source = plan.engine === 'linear' ? compileLinearProgram(pattern) : undefined;
      const native = new RegExp(pattern, 'u');
      let match = (s: string) => native.test(s);
      if (source) {
        linear++;
        const program = { insts: source.insts, classes: source.classes.map((c) => ('regExp' in c ? new RegExp(c.regExp, 'u') : c)) };
        const below = plan.engine === 'linear' ? plan.nativeBelow : undefined;
        match = (s: string) => (below !== undefined && s.length < below ? native.test(s) : linearTest(program, s));
        for (const probe of adversarialInputs(pattern, 40).concat(CANDIDATES.map((c) => c.repeat(3)), [''])) {
          assert.is(match(probe), native.test(probe), `linear and native engines disagree on ${JSON.stringify(probe)} for /${pattern}/u`);
        }
      }
      const length = Math.min(max ?? 10000, 10000);
      // At the longest the validator admits, and just under the length where the engine switches.
      const lengths = [length, ...(plan.engine === 'linear' && plan.nativeBelow !== undefined && plan.nativeBelow - 1 < length ? [plan.nativeBelow - 1] : [])];
      for (const input of lengths.flatMap((n) => adversarialInputs(pattern, n))) {
        const ms = bestOf(() => match(input), 3);
        if (ms > slowest.ms) slowest = { ms, pattern };
        assert.ok(ms < LIMIT_MS, `/${pattern}/u took ${ms.toFixed(1)} ms on ${input.length} characters (${source ? 'linear' : 'native'} engine)`);
      }
    }
  });
}

test('figures', () => {
  assert.ok(patterns > 400, `only ${patterns} distinct patterns found`);
  console.log(`  ${occurrences} patterns, ${patterns} distinct with their length limit (${linear} on the linear engine); slowest ${slowest.ms.toFixed(1)} ms: /${slowest.pattern}/`);
});

test.run();
