/**
 * fast-check arbitraries that generate values for a shape of an IR, concentrated at and around
 * every constraint's boundaries: lengths at min-1, min, max, max+1 (counted in code points, with
 * astral characters so UTF-16 and code-point counts differ), ranges at their edges, enum members and
 * near misses, required members left out, exclusive members set together, unknown and prototype
 * keys, wrong types. About half the values they produce are valid.
 */
import { NATIVE_FLOOR } from '../../generator/emit/validators/linearProgram.ts';
import fc from 'fast-check';
import type { Bounds, MemberIR, MemberTraitsIR, ServiceIR, ShapeIR } from '../../generator/ir/types.ts';
import type { Node } from '../../generator/patterns/ast.ts';
import { parsePattern } from '../../generator/patterns/parse.ts';
import { printPattern } from '../../generator/patterns/print.ts';

/** Below this depth every member may be set; from it on, only what a value needs (required members, minimum items). */
const MAX_DEPTH = 4;
/**
 * Below this depth a required member or a minimum item still recurses; at it, recursion stops with
 * an empty object, list or map (which may break a rule: it is still a value both sides must judge).
 * Every arbitrary is cached by shape and depth up to here, so building them ends on recursive shapes.
 */
const HARD_DEPTH = MAX_DEPTH + 3;
const MAX_ITEMS = 4;
/**
 * Strings and blobs up to this length are drawn character by character. Longer ones, at the edges
 * of large bounds (up to 25 MB in the shared models), repeat a drawn run of characters.
 */
const CAP = 2100;
/** Characters in the run that longer strings repeat. */
const RUN = 16;

const wrongType = fc.constantFrom<unknown>(null, 0, 1.5, 'text', true, [], {});

/** Characters that count as one code point but one or two UTF-16 units. */
const char = fc.constantFrom('a', 'Z', '0', '-', ':', '/', 'é', '😀', '𝒳', ' ', '\u2028');

/**
 * Lengths at and around the bounds (a shape's and a member's own). Past CAP, with a pattern beside
 * the length, only lengths outside the bounds: the pattern is tested only when the length holds,
 * and the reference checker runs every pattern on the native engine, where a long string can take
 * polynomial time.
 */
function lengthsNear(bounds: (Bounds | undefined)[], patterned = false): fc.Arbitrary<number> {
  const candidates = new Set<number>([0, 1, 2, 5]);
  for (const b of bounds) {
    if (b?.min !== undefined) [b.min - 1, b.min, b.min + 1].forEach((n) => candidates.add(n));
    if (b?.max !== undefined) [b.max - 1, b.max, b.max + 1].forEach((n) => candidates.add(n));
  }
  const outside = (n: number) => bounds.some((b) => (b?.min !== undefined && n < b.min) || (b?.max !== undefined && n > b.max));
  return fc.constantFrom(...[...candidates].filter((n) => n >= 0 && (n <= CAP + 1 || !patterned || outside(n))).sort((x, y) => x - y));
}

/**
 * Strings of at least this many code points may go to the validators' linear-time pattern engine
 * (generator/emit/validators/linearProgram.ts, NATIVE_FLOOR); shorter ones to the native one.
 */
const LONG = NATIVE_FLOOR;

/**
 * What fast-check's stringMatching makes of a pattern: `nested` when a repeat holds another repeat
 * (`large` strings would be a million long); `stuck` when a negated class excludes every printable
 * ASCII character (`[^\x00-ÿ]` in quicksight): fast-check draws such a class from printable ASCII
 * and filters, so it would retry without end. Unparsable patterns count as both.
 */
function forFastCheck(pattern: string): { nested: boolean; stuck: boolean } {
  let root: Node;
  try {
    root = parsePattern(pattern).root;
  } catch {
    return { nested: true, stuck: true };
  }
  const found = { nested: false, stuck: false };
  const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
  const visit = (node: Node, inRepeat: boolean): void => {
    switch (node.kind) {
      case 'alternation':
        return node.alternatives.forEach((a) => a.forEach((n) => visit(n, inRepeat)));
      case 'sequence':
        return node.nodes.forEach((n) => visit(n, inRepeat));
      case 'group':
      case 'look':
        return visit(node.body, inRepeat);
      case 'quantified': {
        const repeats = node.max === null || node.max > 1;
        if (inRepeat && repeats) found.nested = true;
        return visit(node.body, inRepeat || repeats);
      }
      case 'class':
        if (node.negated) {
          let re: RegExp | undefined;
          try {
            re = new RegExp(printPattern(node, false), 'u');
          } catch {
            re = undefined;
          }
          if (!re || !printable.some((c) => re.test(c))) found.stuck = true;
        }
        return;
      default:
        return;
    }
  };
  visit(root, false);
  return found;
}

/** Whether every match of `nodes` starts (`^`) or ends (`$`) with that anchor. */
function anchored(nodes: Node[], anchor: '^' | '$'): boolean {
  const edge = anchor === '^' ? nodes[0] : nodes[nodes.length - 1];
  if (!edge) return false;
  switch (edge.kind) {
    case 'assertion':
      return edge.assertion === anchor;
    case 'group':
      return anchored([edge.body], anchor);
    case 'sequence':
      return anchored(edge.nodes, anchor);
    case 'alternation':
      return edge.alternatives.every((a) => anchored(a, anchor));
    default:
      return false;
  }
}

/**
 * The pattern fast-check is given: the same language, without optional repeats that can only
 * match the empty string because an anchor follows or precedes them (no `m` flag), as in
 * socialmessaging's `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*`. fast-check ignores anchors,
 * so it filled such a `.*` and 19 of 20 strings it drew did not match.
 */
function withoutDeadRepeats(pattern: string): string {
  const prune = (nodes: Node[]): Node[] =>
    nodes
      .filter((n, i) => !(n.kind === 'quantified' && n.min === 0 && (anchored(nodes.slice(i + 1), '^') || anchored(nodes.slice(0, i), '$'))))
      .map(visit);
  const visit = (node: Node): Node => {
    switch (node.kind) {
      case 'alternation':
        return { ...node, alternatives: node.alternatives.map(prune) };
      case 'sequence':
        return { ...node, nodes: prune(node.nodes) };
      case 'group':
      case 'look':
      case 'quantified':
        return { ...node, body: visit(node.body) };
      default:
        return node;
    }
  };
  try {
    return printPattern(visit(parsePattern(pattern).root), false);
  } catch {
    return pattern;
  }
}

/**
 * Strings from `matching` with one code unit changed: replaced, removed, or a character inserted
 * before it (which may split a surrogate pair: a lone surrogate counts as a code point too).
 */
function nearMiss(matching: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.constantFrom('replace', 'remove', 'insert'), char);
  return matching.chain((s) =>
    fc.tuple(fc.nat({ max: s.length }), edit).map(([i, [how, c]]) => s.slice(0, i) + (how === 'remove' ? '' : c) + s.slice(how === 'insert' ? i : i + 1)),
  );
}

/**
 * A member's own constraints (beside those of the shape it targets), and a suffix for the cache
 * key of arbitraries that depend on them: empty when there are none.
 */
function ownConstraints(traits: MemberTraitsIR | undefined): { own: MemberTraitsIR; suffix: string } {
  const own = { length: traits?.length, range: traits?.range, pattern: traits?.pattern };
  return { own, suffix: own.length || own.range || own.pattern !== undefined ? JSON.stringify(own) : '' };
}

/**
 * A pattern-drawn string brought within its length bounds when that keeps it matching: padded to
 * the minimum by repeating its last character, or cut to the maximum; otherwise it is returned as
 * it is (a probe of the length constraint). fast-check draws short strings, which a pattern such
 * as iot's CertificateId, `(0x)?[a-fA-F0-9]+` of exactly 64 characters, never fitted.
 */
function fitted(s: string, re: RegExp, length: Bounds): string {
  const cps = [...s];
  let candidate: string | undefined;
  if (length.min !== undefined && cps.length < length.min && cps.length > 0 && length.min <= CAP) {
    candidate = s + cps[cps.length - 1].repeat(length.min - cps.length);
  } else if (length.max !== undefined && cps.length > length.max) {
    candidate = cps.slice(0, length.max).join('');
  }
  return candidate !== undefined && re.test(candidate) ? candidate : s;
}

/** A string of `n` code points. */
function stringOfLength(n: number): fc.Arbitrary<string> {
  if (n <= CAP) return fc.array(char, { minLength: n, maxLength: n }).map((cs) => cs.join(''));
  return fc.array(char, { minLength: RUN, maxLength: RUN }).map((cs) => cs.join('').repeat(Math.floor(n / RUN)) + cs.slice(0, n % RUN).join(''));
}

export class ValueArbitraries {
  private readonly shapes: Map<string, ShapeIR>;
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly valid: ValidValueArbitraries;

  constructor(ir: ServiceIR, private readonly samples: Map<string, unknown[]> = new Map()) {
    this.shapes = new Map(ir.shapes.map((s) => [s.name, s]));
    this.valid = new ValidValueArbitraries(ir);
  }

  /**
   * Values for `shapeName`: half from the boundary generator below (mostly invalid for large
   * shapes), half valid by construction with one boundary probe at a time.
   */
  near(shapeName: string): fc.Arbitrary<unknown> {
    return fc.oneof(this.of(shapeName), this.valid.of(shapeName));
  }

  /** Values for `shapeName` that are valid by construction, but for one boundary probe at a time. */
  mostlyValid(shapeName: string): fc.Arbitrary<unknown> {
    return this.valid.of(shapeName);
  }

  /**
   * Values for `shapeName`, probing the bounds of a member's own constraints `traits` as well;
   * `examples` are known-good values mixed in (they reach deep valid paths).
   */
  of(shapeName: string, depth = 0, traits?: MemberTraitsIR): fc.Arbitrary<unknown> {
    depth = Math.min(depth, HARD_DEPTH);
    const { own, suffix } = ownConstraints(traits);
    const key = `${shapeName}@${depth}${suffix}`;
    let arb = this.cache.get(key);
    if (!arb) {
      arb = this.build(this.shapes.get(shapeName)!, depth, own);
      const known = this.samples.get(shapeName);
      if (known && known.length > 0) arb = fc.oneof({ arbitrary: arb, weight: 3 }, { arbitrary: fc.constantFrom(...known), weight: 1 });
      this.cache.set(key, arb);
    }
    return arb;
  }

  private withWrongTypes(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    return fc.oneof({ arbitrary: arb, weight: 12 }, { arbitrary: wrongType, weight: 1 });
  }

  private build(shape: ShapeIR, depth: number, own: MemberTraitsIR): fc.Arbitrary<unknown> {
    switch (shape.type) {
      case 'string': {
        const known = shape.knownValues?.map((v) => v.value) ?? [];
        const patterns = [shape.pattern, own.pattern].filter((p) => p !== undefined);
        const generated = lengthsNear([shape.length, own.length], patterns.length > 0).chain(stringOfLength);
        const options: fc.Arbitrary<unknown>[] = [generated];
        if (known.length > 0) options.push(fc.constantFrom(...known));
        for (const pattern of patterns) {
          const matching = this.valid.matching(pattern, own.length ?? shape.length);
          if (matching) options.push(matching, nearMiss(matching));
        }
        return this.withWrongTypes(fc.oneof(...options));
      }
      case 'enum':
        return this.withWrongTypes(fc.oneof(fc.constantFrom(...shape.values.map((v) => v.value)), fc.constantFrom('', 'NOT_A_VALUE', shape.values[0].value.toLowerCase())));
      case 'intEnum':
        return this.withWrongTypes(fc.oneof(fc.constantFrom(...shape.values.map((v) => v.value)), fc.integer(), fc.constant(2 ** 40)));
      case 'boolean':
        return this.withWrongTypes(fc.boolean());
      case 'timestamp':
        return this.withWrongTypes(fc.oneof(fc.date({ noInvalidDate: true }), fc.constant(new Date(Number.NaN)), fc.constant('2024-01-01T00:00:00Z')));
      case 'blob':
        const lengths = lengthsNear([shape.length, own.length]);
        return this.withWrongTypes(fc.oneof(lengths.map((n) => new Uint8Array(n)), lengths.chain(stringOfLength)));
      case 'document':
        return fc.jsonValue({ maxDepth: 2 });
      case 'list': {
        if (depth >= MAX_DEPTH) return fc.constant([]);
        const item = this.of(shape.member, depth + 1, shape.memberTraits);
        const lengths = lengthsNear([shape.length, own.length]).map((n) => Math.min(n, MAX_ITEMS + (shape.length?.max !== undefined && shape.length.max < MAX_ITEMS ? 1 : 0)));
        const items = lengths.chain((n) => fc.array(fc.oneof({ arbitrary: item, weight: 20 }, { arbitrary: fc.constant(null), weight: 1 }), { minLength: n, maxLength: n }));
        return this.withWrongTypes(shape.uniqueItems ? fc.oneof(items, items.map((xs) => [...xs, ...xs.slice(0, 1)])) : items);
      }
      case 'map': {
        if (depth >= MAX_DEPTH) return fc.constant({});
        // Not a filter (it would retry): a key of the wrong type becomes one no map allows.
        const key = this.of(shape.key, depth + 1).map((k) => (typeof k === 'string' ? k : ''));
        const value = this.of(shape.value, depth + 1, shape.valueTraits);
        const entries = fc.array(fc.tuple(fc.oneof(key, fc.constantFrom('__proto__', 'constructor', 'toString')), value), { maxLength: MAX_ITEMS });
        return this.withWrongTypes(entries.map((es) => Object.fromEntries(es)));
      }
      case 'structure':
      case 'union':
        return this.withWrongTypes(this.object(shape.members, shape.type === 'union', depth));
      default:
        return this.withWrongTypes(this.number(shape.type, [shape.range, own.range]));
    }
  }

  private number(type: string, ranges: (Bounds | undefined)[]): fc.Arbitrary<number> {
    const edges = [0, -0, -1, 1, 0.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 127, 128, -129, 32768, -32769, Number.NaN, Infinity, -Infinity, 2 ** 53, 2 ** 53 + 2, 2 ** 63, -(2 ** 63), 2 ** 64, -(2 ** 64), Number.MAX_VALUE, Number.MIN_VALUE];
    for (const range of ranges) {
      if (range?.min !== undefined) edges.push(range.min, range.min - 1, range.min - 0.5);
      if (range?.max !== undefined) edges.push(range.max, range.max + 1, range.max + 0.5);
    }
    const base = type === 'float' || type === 'double' || type === 'bigDecimal' ? fc.double() : fc.integer();
    return fc.oneof(fc.constantFrom(...edges), base);
  }

  private object(members: MemberIR[], union: boolean, depth: number): fc.Arbitrary<unknown> {
    if (depth >= HARD_DEPTH) return fc.constant({});
    if (depth >= MAX_DEPTH) {
      // Deep enough: only what must be there (for a union, one member).
      if (union) return fc.oneof(...members.map((m) => this.of(m.target, depth + 1, m).map((v) => ({ [m.name]: v }))));
      const required = members.filter((m) => m.required);
      return fc.tuple(...required.map((m) => this.of(m.target, depth + 1, m))).map((vs) => Object.fromEntries(required.map((m, i) => [m.name, vs[i]])));
    }
    const present = members.map((m) =>
      fc.option(this.of(m.target, depth + 1, m), { freq: m.required ? 12 : union ? members.length : 2, nil: undefined }),
    );
    const extra = fc.option(fc.constantFrom('unknownMember', 'toString', '__proto__', 'constructor', 'hasOwnProperty'), { freq: 8, nil: undefined });
    return fc.tuple(fc.tuple(...present), extra, fc.boolean()).map(([values, unknown, explicitUndefined]) => {
      const object: Record<string, unknown> = {};
      members.forEach((m, i) => {
        if (values[i] !== undefined) object[m.name] = values[i];
        else if (explicitUndefined && i === 0) object[m.name] = undefined;
      });
      // defineProperty: `__proto__` must become an own key, as JSON.parse would make it.
      if (unknown) Object.defineProperty(object, unknown, { value: 'x', enumerable: true, configurable: true, writable: true });
      return object;
    });
  }
}

/**
 * An arbitrary built on its first draw and kept: shapes refer to each other (and to themselves), and
 * building the arbitrary of a pattern costs fast-check milliseconds, so nothing is built that is
 * never drawn and nothing is built twice.
 */
class Lazy<T> extends fc.Arbitrary<T> {
  private built: fc.Arbitrary<T> | undefined;

  constructor(private readonly make: () => fc.Arbitrary<T>) {
    super();
  }

  private get arb(): fc.Arbitrary<T> {
    return (this.built ??= this.make());
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    return this.arb.generate(mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.arb.canShrinkWithoutContext(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.arb.shrink(value, context);
  }
}

/**
 * Values that satisfy every constraint: lengths within bounds (at their edges too), strings drawn
 * from the pattern itself (fast-check's stringMatching), members that keep the rules.
 *
 * Nothing here filters (a filter retries until it passes, and some never pass) and every arbitrary
 * is built once: see `Lazy`. A map of n entries whose key is an enum of fewer than n values cannot
 * be made; it gets as many entries as there are keys.
 */
class ValidValueArbitraries {
  private readonly shapes: Map<string, ShapeIR>;
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly patterns = new Map<string, fc.Arbitrary<string> | undefined>();
  private readonly analyses = new Map<string, ReturnType<typeof forFastCheck>>();

  constructor(ir: ServiceIR) {
    this.shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  }

  of(name: string, depth = 0): fc.Arbitrary<unknown> {
    return this.member(name, undefined, depth - 1);
  }

  /** The value of a member one level below `depth`, with the member's own constraints if it has any. */
  private member(target: string, traits: MemberTraitsIR | undefined, depth: number): fc.Arbitrary<unknown> {
    const d = Math.min(depth + 1, HARD_DEPTH);
    const { own, suffix } = ownConstraints(traits);
    const key = `${target}@${d}${suffix}`;
    let arb = this.cache.get(key);
    if (!arb) {
      arb = new Lazy(() => this.build(this.shapes.get(target)!, d, own));
      this.cache.set(key, arb);
    }
    return arb;
  }

  private lengthWithin(b: Bounds | undefined, cap: number): fc.Arbitrary<number> {
    const min = b?.min ?? 0;
    const max = Math.min(b?.max ?? cap, Math.max(cap, min));
    return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
  }

  /**
   * Strings drawn from the pattern itself, built once per pattern (fast-check takes up to a second
   * to build one with a large Unicode class such as `[^\p{C}]`). Not filtered by length: a pattern
   * whose matches rarely fit the length would make fast-check retry without end, and a string that
   * does not fit is still a useful (invalid) probe. `undefined` when fast-check cannot generate
   * from the pattern (lookahead) or would never end (see forFastCheck): the caller falls back to
   * known values and plain strings.
   *
   * Where the length allows strings of LONG code points or more, a quarter of them are drawn with
   * fast-check's `large` size (repeats of up to a thousand), unless a repeat holds another (whose
   * large strings would be a million long): the validators test long strings on another engine.
   */
  matching(pattern: string, length: Bounds | undefined): fc.Arbitrary<string> | undefined {
    let analysis = this.analyses.get(pattern);
    if (!analysis) this.analyses.set(pattern, (analysis = forFastCheck(pattern)));
    const { nested, stuck } = analysis;
    const long = (length?.max ?? Infinity) >= LONG && !nested;
    const key = `${long ? 'long' : 'short'} ${pattern}`;
    if (!this.patterns.has(key)) {
      let arb: fc.Arbitrary<string> | undefined;
      try {
        if (stuck) throw new Error('fast-check would retry without end');
        const re = new RegExp(withoutDeadRepeats(pattern), 'u');
        arb = fc.stringMatching(re, { size: 'small' });
        if (long) arb = fc.oneof({ arbitrary: arb, weight: 3 }, { arbitrary: fc.stringMatching(re, { size: 'large' }), weight: 1 });
      } catch {
        arb = undefined;
      }
      this.patterns.set(key, arb);
    }
    return this.patterns.get(key);
  }

  private string(shape: Extract<ShapeIR, { type: 'string' }>, traits: MemberTraitsIR): fc.Arbitrary<unknown> {
    const length = traits.length ?? shape.length;
    const pattern = traits.pattern ?? shape.pattern;
    const codePoints = (s: string) => [...s].length;
    const fits = (s: string) => (length?.min === undefined || codePoints(s) >= length.min) && (length?.max === undefined || codePoints(s) <= length.max);
    const matching = pattern === undefined ? undefined : this.matching(pattern, length);
    if (matching && length) {
      const re = new RegExp(pattern!, 'u');
      return matching.map((s) => fitted(s, re, length));
    }
    if (matching) return matching;
    const known = shape.knownValues?.map((v) => v.value).filter(fits) ?? [];
    const generated = this.lengthWithin(length, 40).chain(stringOfLength);
    return known.length > 0 ? fc.oneof(generated, fc.constantFrom(...known)) : generated;
  }

  private build(shape: ShapeIR, depth: number, traits: MemberTraitsIR): fc.Arbitrary<unknown> {
    switch (shape.type) {
      case 'string':
        return this.string(shape, traits);
      case 'enum':
      case 'intEnum':
        return fc.constantFrom(...shape.values.map((v) => v.value));
      case 'boolean':
        return fc.boolean();
      case 'timestamp':
        return fc.date({ noInvalidDate: true });
      case 'blob':
        return this.lengthWithin(traits.length ?? shape.length, 16).map((n) => new Uint8Array(n));
      case 'document':
        return fc.jsonValue({ maxDepth: 2 });
      case 'list': {
        const b = traits.length ?? shape.length;
        if (depth >= HARD_DEPTH || (depth >= MAX_DEPTH && (b?.min ?? 0) === 0)) return fc.constant([]);
        const item = this.member(shape.member, shape.memberTraits, depth);
        const items = this.lengthWithin(b, MAX_ITEMS).chain((n) => fc.array(item, { minLength: n, maxLength: n }));
        // Duplicates dropped, not filtered out: items drawn from few values would be retried forever.
        return shape.uniqueItems ? items.map((xs) => [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()]) : items;
      }
      case 'map': {
        const b = traits.length ?? shape.length;
        if (depth >= HARD_DEPTH || (depth >= MAX_DEPTH && (b?.min ?? 0) === 0)) return fc.constant({});
        const keyShape = this.shapes.get(shape.key)!;
        const keys = keyShape.type === 'enum' ? keyShape.values.length : Infinity;
        const key = this.member(shape.key, undefined, depth) as fc.Arbitrary<string>;
        const value = this.member(shape.value, shape.valueTraits, depth);
        // Not fc.uniqueArray with a minimum length: it filters, and with fewer possible keys than the
        // length asked for, it retried without end (the lambda hang). A repeated key overwrites.
        return this.lengthWithin(b, MAX_ITEMS)
          .chain((n) => fc.array(fc.tuple(key, value), { minLength: Math.min(n, keys), maxLength: Math.min(n, keys) }))
          .map((entries) => Object.fromEntries(entries));
      }
      case 'union': {
        if (depth >= HARD_DEPTH) return fc.constant({});
        return fc.oneof(...shape.members.map((m) => this.member(m.target, m, depth).map((v) => ({ [m.name]: v }))));
      }
      case 'structure':
        return depth >= HARD_DEPTH ? fc.constant({}) : this.structure(shape, depth);
      default: {
        const limits: Record<string, [number, number]> = { byte: [-128, 127], short: [-32768, 32767], integer: [-(2 ** 31), 2 ** 31 - 1], long: [-(2 ** 53) + 1, 2 ** 53 - 1], bigInteger: [-(2 ** 53) + 1, 2 ** 53 - 1] };
        const r = traits.range ?? shape.range;
        const [lo, hi] = limits[shape.type] ?? [-1e9, 1e9];
        const min = Math.max(lo, Math.ceil(r?.min ?? lo));
        const max = Math.min(hi, Math.floor(r?.max ?? hi));
        const edges = fc.constantFrom(min, max);
        return limits[shape.type] ? fc.oneof(edges, fc.integer({ min, max })) : fc.oneof(edges, fc.double({ min, max, noNaN: true }));
      }
    }
  }

  private structure(shape: Extract<ShapeIR, { type: 'structure' }>, depth: number): fc.Arbitrary<unknown> {
    // Which members may be present: each rule picks its own combination; other members are free.
    const ruled = new Set(shape.rules.flatMap((r) => [...r.members, ...(r.when ? [r.when] : [])]));
    const choices = shape.rules.map((rule) => {
      const n = rule.members.length;
      switch (rule.kind) {
        case 'atMostOneOf':
          return fc.integer({ min: -1, max: n - 1 }).map((i) => (i < 0 ? [] : [rule.members[i]]));
        case 'exactlyOneOf':
          return fc.integer({ min: 0, max: n - 1 }).map((i) => [rule.members[i]]);
        case 'allOrNone':
          return fc.boolean().map((all) => (all ? rule.members : []));
        case 'requiresAll':
          return fc.boolean().map((on) => (on ? [rule.when!, ...rule.members] : []));
      }
    });
    const free = shape.members.filter((m) => !ruled.has(m.name));
    const shallow = depth >= MAX_DEPTH;
    return fc.tuple(fc.tuple(...choices), fc.tuple(...free.map((m) => (m.required ? fc.constant(true) : shallow ? fc.constant(false) : fc.boolean())))).chain(([ruledChoice, freeChoice]) => {
      const present = new Set<string>(ruledChoice.flat());
      free.forEach((m, i) => freeChoice[i] && present.add(m.name));
      for (const m of shape.members) if (m.required) present.add(m.name);
      const members = shape.members.filter((m) => present.has(m.name));
      return fc.tuple(...members.map((m) => this.member(m.target, m, depth))).map((values) => Object.fromEntries(members.map((m, i) => [m.name, values[i]])));
    });
  }
}
