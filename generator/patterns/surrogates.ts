import type { ClassItem, Node } from './ast.ts';
import { PatternError } from './parse.ts';

/**
 * Surrogates: a flagless pattern reads the subject as UTF-16 code units, one under `u` reads code
 * points, where a lead surrogate followed by a trail surrogate is one supplementary character
 * (U+10000..U+10FFFF) and any other surrogate is a lone code point of its own. No pattern under
 * `u` can match half of a pair. So every atom of the tree must match whole characters:
 *
 * - An atom is *pair-closed* when, for every pair, it matches both units or neither: it matches
 *   every lead and every trail unit (`.`, `\S`, `[^a]`, `[\u0020-\uFFFD]`, the XML idiom
 *   `[..\uD800-\uDBFF\uDC00-\uDFFF]`), or none. Such an atom becomes a set of characters under
 *   `u`: the same BMP characters and lone surrogates (printed `\u{d800}`, so two escapes never
 *   re-pair), plus the supplementary characters whose two units it matches, which is what the
 *   flagless atom accepts when repeated (`[..]*`). A class that matches every surrogate therefore
 *   gains `\u{10000}-\u{10ffff}`; a negated class that excludes every surrogate excludes them too.
 *   (Like `.`, such an atom then counts one character where the original counted two units: the
 *   code-point reading the validators use everywhere.)
 * - A lead atom immediately followed by a trail atom (`\uD83D\uDE00`, `[\uD800-\uDBFF][\uDC00-\uDFFF]`,
 *   or an astral literal, which is such a pair) matches exactly the pairs of the two, and is
 *   rewritten to that set of supplementary characters. Quantifiers stay exact: `h{a,b}l{c,d}`
 *   with a, c >= 1 is `h{a-1,b-1}` (lone leads), the pairs, then `l{c-1,d-1}` (lone trails), so
 *   `\uD83D\uDE00+` and `😀{2}` still repeat the trail unit only.
 * - Anything else with surrogates matches some half of a pair without the other: a lone
 *   `\uD800`, `[\uD800-\uDBFF\uDC00]`, a pair whose half a quantifier makes optional. The original
 *   then matches inside a character (unanchored, `\uD800` finds the lead of U+10000), which no `u`
 *   pattern does, and under `u` such an escape would match only a lone surrogate. These are errors,
 *   as every other construct without an equivalent is, rather than a silent change of meaning.
 */
export function pairSurrogates(root: Node): Node {
  return rewrite(root);
}

const LEAD: Range = [0xd800, 0xdbff];
const TRAIL: Range = [0xdc00, 0xdfff];
const ASTRAL: Range = [0x10000, 0x10ffff];
/** More supplementary ranges than this for one lead-and-trail pair of classes is an error. */
const MAX_PAIR_RANGES = 64;

type Range = [number, number];
type Coverage = 'none' | 'all' | 'some';

const hex = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
const pairCode = (lead: number, trail: number) => 0x10000 + ((lead - 0xd800) << 10) + (trail - 0xdc00);
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

function rewrite(node: Node): Node {
  switch (node.kind) {
    case 'alternation':
      return { ...node, alternatives: node.alternatives.map(rewriteSequence) };
    case 'sequence':
      return { ...node, nodes: rewriteSequence(node.nodes) };
    case 'group':
    case 'look':
    case 'quantified':
      return { ...node, body: rewrite(node.body) };
    case 'char':
      if (isSurrogate(node.code)) {
        throw new PatternError(`the lone surrogate ${hex(node.code)} can match half of a surrogate pair, which no pattern under the u flag can`, 0);
      }
      return node;
    case 'class':
      return rewriteClass(node);
    default:
      return node;
  }
}

interface Repeat {
  atom: Node;
  min: number;
  max: number | null;
  lazy: boolean;
}

const asRepeat = (node: Node): Repeat => node.kind === 'quantified'
  ? { atom: node.body, min: node.min, max: node.max, lazy: node.lazy }
  : { atom: node, min: 1, max: 1, lazy: false };

/** `atom{min,max}` as nodes: nothing for `{0}`, the atom alone for `{1}`. */
function repeated({ atom, min, max, lazy }: Repeat): Node[] {
  if (max === 0) return [];
  if (min === 1 && max === 1) return [atom];
  return [{ kind: 'quantified', body: atom, min, max, lazy }];
}

function rewriteSequence(input: Node[]): Node[] {
  // An astral literal is a lead and a trail unit to a flagless pattern; a quantifier repeats the trail only.
  const nodes = input.flatMap((node): Node[] => {
    const { atom, ...count } = asRepeat(node);
    if (node.kind !== 'quantified' || atom.kind !== 'char' || atom.code <= 0xffff) return [node];
    const lead = 0xd800 + ((atom.code - 0x10000) >> 10);
    const trail = 0xdc00 + ((atom.code - 0x10000) & 0x3ff);
    return [{ kind: 'char', code: lead }, ...repeated({ atom: { kind: 'char', code: trail }, ...count })];
  });
  const out: Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const first = asRepeat(nodes[i]);
    const leads = pureUnits(first.atom, LEAD);
    const second = i + 1 < nodes.length ? asRepeat(nodes[i + 1]) : undefined;
    const trails = second && pureUnits(second.atom, TRAIL);
    if (!leads || !second || !trails) {
      out.push(rewrite(nodes[i]));
      continue;
    }
    if (first.min === 0 || second.min === 0) {
      throw new PatternError('a quantifier that makes half of a surrogate pair optional has no equivalent under the u flag', 0);
    }
    const dec = (n: number | null) => (n === null ? null : n - 1);
    out.push(
      ...repeated({ ...first, min: first.min - 1, max: dec(first.max) }),
      pairsOf(leads, trails),
      ...repeated({ ...second, min: second.min - 1, max: dec(second.max) }),
    );
    i++;
  }
  return out;
}

/** The code units of a char or a plain positive class when every one lies in `within`; otherwise undefined. */
function pureUnits(node: Node, within: Range): Range[] | undefined {
  let ranges: Range[];
  if (node.kind === 'char') ranges = [[node.code, node.code]];
  else if (node.kind === 'class' && !node.negated && node.items.length > 0) {
    ranges = [];
    for (const item of node.items) {
      if (item.kind === 'char') ranges.push([item.code, item.code]);
      else if (item.kind === 'range') ranges.push([item.from, item.to]);
      else return undefined;
    }
  } else return undefined;
  return ranges.every(([from, to]) => from >= within[0] && to <= within[1]) ? normalize(ranges) : undefined;
}

/** The supplementary characters made of a lead from `leads` and a trail from `trails`, as one atom. */
function pairsOf(leads: Range[], trails: Range[]): Node {
  const allTrails = coverage(trails, TRAIL) === 'all';
  const ranges: Range[] = [];
  for (const [from, to] of leads) {
    if (allTrails) ranges.push([pairCode(from, TRAIL[0]), pairCode(to, TRAIL[1])]);
    else {
      for (let lead = from; lead <= to; lead++) {
        for (const [lo, hi] of trails) ranges.push([pairCode(lead, lo), pairCode(lead, hi)]);
        if (ranges.length > MAX_PAIR_RANGES) {
          throw new PatternError(`a surrogate pair of classes needs more than ${MAX_PAIR_RANGES} ranges of supplementary characters`, 0);
        }
      }
    }
  }
  const merged = normalize(ranges);
  if (merged.length === 1 && merged[0][0] === merged[0][1]) return { kind: 'char', code: merged[0][0] };
  return { kind: 'class', negated: false, items: merged.map(rangeItem) };
}

function rewriteClass(node: Extract<Node, { kind: 'class' }>): Node {
  // `\S`, `\W` and `\D` hold every surrogate unit, and every supplementary character under `u`.
  const wide = node.items.some((item) => item.kind === 'escape' && /[SWD]/.test(item.escape));
  const units = normalize(node.items.flatMap((item): Range[] => (item.kind === 'char' ? [[item.code, item.code]] : item.kind === 'range' ? [[item.from, item.to]] : [])));
  const listed = (part: Range): Coverage => (wide ? 'all' : coverage(units, part));
  const flip = (c: Coverage): Coverage => (c === 'all' ? 'none' : c === 'none' ? 'all' : 'some');
  const leads = node.negated ? flip(listed(LEAD)) : listed(LEAD);
  const trails = node.negated ? flip(listed(TRAIL)) : listed(TRAIL);
  const closed = leads === trails && leads !== 'some';
  if (!closed) {
    throw new PatternError(
      'a class that matches some surrogates but not every lead and every trail can match half of a surrogate pair, which no pattern under the u flag can',
      0,
    );
  }
  // Every surrogate listed: supplementary characters are matched (positive) or excluded (negated) too.
  if (!wide && listed(LEAD) === 'all') return { ...node, items: [...node.items, rangeItem(ASTRAL)] };
  return node;
}

function rangeItem([from, to]: Range): ClassItem {
  return from === to ? { kind: 'char', code: from } : { kind: 'range', from, to };
}

/** Sorted, merged, disjoint ranges. */
function normalize(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** How much of `part` the normalized `ranges` cover. */
function coverage(ranges: Range[], [lo, hi]: Range): Coverage {
  let covered = 0;
  for (const [from, to] of ranges) covered += Math.max(0, Math.min(to, hi) - Math.max(from, lo) + 1);
  return covered === 0 ? 'none' : covered === hi - lo + 1 ? 'all' : 'some';
}
