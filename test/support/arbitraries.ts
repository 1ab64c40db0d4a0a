/**
 * fast-check arbitraries that generate values for a shape of an IR, concentrated at and around
 * every constraint's boundaries: lengths at min-1, min, max, max+1 (counted in code points, with
 * astral characters so UTF-16 and code-point counts differ), ranges at their edges, enum members and
 * near misses, required members left out, exclusive members set together, unknown and prototype
 * keys, wrong types. About half the values they produce are valid.
 */
import fc from 'fast-check';
import type { Bounds, MemberIR, ServiceIR, ShapeIR } from '../../generator/ir/types.ts';

const MAX_DEPTH = 4;
const MAX_ITEMS = 4;
/** Long strings are generated up to this length; beyond it, lengths just past the bound are used. */
const CAP = 2100;

const wrongType = fc.constantFrom<unknown>(null, 0, 1.5, 'text', true, [], {});

/** Characters that count as one code point but one or two UTF-16 units. */
const char = fc.constantFrom('a', 'Z', '0', '-', ':', '/', 'é', '😀', '𝒳', ' ', '\u2028');

function lengthsNear(b: Bounds | undefined): fc.Arbitrary<number> {
  const candidates = new Set<number>([0, 1, 2, 5]);
  if (b?.min !== undefined) [b.min - 1, b.min, b.min + 1].forEach((n) => candidates.add(n));
  if (b?.max !== undefined) [b.max - 1, b.max, b.max + 1].forEach((n) => candidates.add(n));
  return fc.constantFrom(...[...candidates].filter((n) => n >= 0 && n <= CAP + 1).sort((x, y) => x - y));
}

function stringOfLength(n: number): fc.Arbitrary<string> {
  return fc.array(char, { minLength: n, maxLength: n }).map((cs) => cs.join(''));
}

export class ValueArbitraries {
  private readonly shapes: Map<string, ShapeIR>;
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(ir: ServiceIR, private readonly samples: Map<string, unknown[]> = new Map()) {
    this.shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  }

  /** Values for `shapeName`; `examples` are known-good values mixed in (they reach deep valid paths). */
  of(shapeName: string, depth = 0): fc.Arbitrary<unknown> {
    const key = `${shapeName}@${Math.min(depth, MAX_DEPTH)}`;
    let arb = this.cache.get(key);
    if (!arb) {
      arb = this.build(this.shapes.get(shapeName)!, depth);
      const known = this.samples.get(shapeName);
      if (known && known.length > 0) arb = fc.oneof({ arbitrary: arb, weight: 3 }, { arbitrary: fc.constantFrom(...known), weight: 1 });
      this.cache.set(key, arb);
    }
    return arb;
  }

  private withWrongTypes(arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    return fc.oneof({ arbitrary: arb, weight: 12 }, { arbitrary: wrongType, weight: 1 });
  }

  private build(shape: ShapeIR, depth: number): fc.Arbitrary<unknown> {
    switch (shape.type) {
      case 'string': {
        const known = shape.knownValues?.map((v) => v.value) ?? [];
        const generated = lengthsNear(shape.length).chain(stringOfLength);
        const options: fc.Arbitrary<unknown>[] = [generated];
        if (known.length > 0) options.push(fc.constantFrom(...known));
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
        return this.withWrongTypes(fc.oneof(lengthsNear(shape.length).map((n) => new Uint8Array(n)), lengthsNear(shape.length).chain(stringOfLength)));
      case 'document':
        return fc.jsonValue({ maxDepth: 2 });
      case 'list': {
        if (depth >= MAX_DEPTH) return fc.constant([]);
        const item = this.of(shape.member, depth + 1);
        const lengths = lengthsNear(shape.length).map((n) => Math.min(n, MAX_ITEMS + (shape.length?.max !== undefined && shape.length.max < MAX_ITEMS ? 1 : 0)));
        const items = lengths.chain((n) => fc.array(fc.oneof({ arbitrary: item, weight: 20 }, { arbitrary: fc.constant(null), weight: 1 }), { minLength: n, maxLength: n }));
        return this.withWrongTypes(shape.uniqueItems ? fc.oneof(items, items.map((xs) => [...xs, ...xs.slice(0, 1)])) : items);
      }
      case 'map': {
        if (depth >= MAX_DEPTH) return fc.constant({});
        const key = this.of(shape.key, depth + 1).filter((k): k is string => typeof k === 'string');
        const value = this.of(shape.value, depth + 1);
        const entries = fc.array(fc.tuple(fc.oneof(key, fc.constantFrom('__proto__', 'constructor', 'toString')), value), { maxLength: MAX_ITEMS });
        return this.withWrongTypes(entries.map((es) => Object.fromEntries(es)));
      }
      case 'structure':
      case 'union':
        return this.withWrongTypes(this.object(shape.members, shape.type === 'union', depth));
      default:
        return this.withWrongTypes(this.number(shape.type, shape.range));
    }
  }

  private number(type: string, range: Bounds | undefined): fc.Arbitrary<number> {
    const edges = [0, -1, 1, 0.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 127, 128, -129, 32768, Number.NaN, Infinity, -Infinity, 2 ** 53];
    if (range?.min !== undefined) edges.push(range.min, range.min - 1, range.min - 0.5);
    if (range?.max !== undefined) edges.push(range.max, range.max + 1, range.max + 0.5);
    const base = type === 'float' || type === 'double' || type === 'bigDecimal' ? fc.double() : fc.integer();
    return fc.oneof(fc.constantFrom(...edges), base);
  }

  private object(members: MemberIR[], union: boolean, depth: number): fc.Arbitrary<unknown> {
    if (depth >= MAX_DEPTH && !union) {
      // Deep enough: only what must be there.
      const required = members.filter((m) => m.required);
      return fc.tuple(...required.map((m) => this.of(m.target, depth + 1))).map((vs) => Object.fromEntries(required.map((m, i) => [m.name, vs[i]])));
    }
    const present = members.map((m) =>
      fc.option(this.of(m.target, depth + 1), { freq: m.required ? 12 : union ? members.length : 2, nil: undefined }),
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
