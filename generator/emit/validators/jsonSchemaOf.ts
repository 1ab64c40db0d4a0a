import { mustBeGiven } from '../../ir/presence.ts';
import { referencesOf } from '../../ir/references.ts';
import { compileLinearProgram, planPattern } from './linearProgram.ts';
import type { MemberIR, MemberTraitsIR, ServiceIR, ShapeIR } from '../../ir/types.ts';
import type { ScType } from '../../../templates/runtime/validation.ts';

type Schema = Record<string, unknown>;

/**
 * JSON Schema (with shapecraft's keywords, see keywords.ts) for the shapes reachable from `roots`,
 * as `$defs` keyed by shape name. Objects are built with Object.fromEntries so that a member named
 * `__proto__` becomes a property, not a prototype.
 */
export function schemaDefinitions(ir: ServiceIR, roots: string[], options: { inline?: boolean } = {}): Record<string, Schema> {
  const shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  const inlined = options.inline ? inlinableShapes(shapes) : new Set<string>();
  const reachable = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (reachable.has(name)) continue;
    const shape = shapes.get(name);
    if (!shape) continue;
    reachable.add(name);
    pending.push(...referencesOf(shape));
  }
  const sorted = [...reachable].sort();
  const ctx: SchemaContext = { shapes, inlined, cache: new Map() };
  return Object.fromEntries(sorted.map((name) => [name, shapeSchema(shapes.get(name)!, ctx)]));
}

interface SchemaContext {
  shapes: Map<string, ShapeIR>;
  /** Shapes whose schema is copied where they are used instead of referenced. */
  inlined: Set<string>;
  cache: Map<string, Schema>;
}

/**
 * Copying a shape's schema into each place that uses it lets AJV generate straight-line code with
 * no function call (and no path string) per nested value. Only small, non-recursive shapes are
 * candidates, and a copy costs code: a shape of weight w > 1 used in u places adds w × (u - 1)
 * schema nodes. Candidates are taken cheapest first within a fixed budget of added nodes, so a
 * small service is inlined whole (socialmessaging needs 63) and a large one keeps its code, and its
 * compile time, linear in its size: quicksight shares small structures across hundreds of places,
 * and inlining all of them made its check module 27 MB instead of 8 MB.
 */
const INLINE_LIMIT = 16;
const INLINE_BUDGET = 256;
function inlinableShapes(shapes: Map<string, ShapeIR>): Set<string> {
  const weight = new Map<string, number>();
  const visiting = new Set<string>();
  const measure = (name: string): number => {
    if (weight.has(name)) return weight.get(name)!;
    if (visiting.has(name)) return Infinity;
    const shape = shapes.get(name);
    if (!shape) return 1;
    visiting.add(name);
    let total = 1;
    for (const child of referencesOf(shape)) total += measure(child);
    visiting.delete(name);
    weight.set(name, total);
    return total;
  };
  const uses = new Map<string, number>();
  for (const shape of shapes.values()) {
    measure(shape.name);
    for (const child of referencesOf(shape)) uses.set(child, (uses.get(child) ?? 0) + 1);
  }
  const candidates = [...weight]
    .filter(([, w]) => w <= INLINE_LIMIT)
    // A leaf's copy (a type, a length, a pattern) is about as small as the call it replaces.
    .map(([name, w]) => ({ name, cost: w === 1 ? 0 : w * Math.max(0, (uses.get(name) ?? 0) - 1) }))
    .sort((a, b) => a.cost - b.cost || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const inlined = new Set<string>();
  let budget = INLINE_BUDGET;
  for (const { name, cost } of candidates) {
    if (cost > budget) break;
    budget -= cost;
    inlined.add(name);
  }
  return inlined;
}

function ref(name: string, ctx: SchemaContext): Schema {
  if (!ctx.inlined.has(name) || !ctx.shapes.has(name)) return { $ref: `#/$defs/${name}` };
  let schema = ctx.cache.get(name);
  if (!schema) {
    schema = shapeSchema(ctx.shapes.get(name)!, ctx);
    ctx.cache.set(name, schema);
  }
  return schema;
}

function scalarType(shape: ShapeIR): ScType {
  switch (shape.type) {
    case 'string':
    case 'enum':
      return 'string';
    case 'intEnum':
      return 'integer';
    case 'float':
    case 'double':
    case 'bigDecimal':
      return 'number';
    case 'timestamp':
      return 'date';
    case 'document':
      return 'any';
    case 'list':
      return 'array';
    case 'map':
    case 'structure':
    case 'union':
      return 'object';
    default:
      return shape.type;
  }
}

/** The constraint keywords for traits (of a shape, or added by a member) on values of `shape`'s type. */
function constraintKeywords(shape: ShapeIR, traits: MemberTraitsIR & { uniqueItems?: boolean }): Schema {
  const schema: Schema = {};
  if (traits.length) {
    if (shape.type === 'string') schema.scLength = traits.length;
    else if (shape.type === 'blob') schema.scBytes = traits.length;
    else if (shape.type === 'list') schema.scCount = { ...traits.length, unit: 'items' };
    else if (shape.type === 'map') schema.scCount = { ...traits.length, unit: 'entries' };
  }
  if (traits.pattern !== undefined) {
    // Patterns that could backtrack badly on the strings they may see run on the linear engine.
    const plan = planPattern(traits.pattern, traits.length?.max);
    const linear = plan.engine === 'linear' ? compileLinearProgram(traits.pattern) : undefined;
    schema.scPattern = {
      pattern: traits.pattern,
      ...(traits.length && { length: traits.length }),
      ...(linear && { linear, ...(plan.engine === 'linear' && plan.nativeBelow !== undefined && { nativeBelow: plan.nativeBelow }) }),
    };
  }
  if (traits.range) schema.scRange = { ...traits.range, type: scalarType(shape) };
  if (traits.uniqueItems) schema.scUnique = true;
  return schema;
}

/** A member or collection item: the target's schema plus whatever the member adds. */
function memberSchema(target: string, traits: MemberTraitsIR | undefined, ctx: SchemaContext): Schema {
  const shape = ctx.shapes.get(target);
  const extra = shape && traits ? constraintKeywords(shape, traits) : {};
  return Object.keys(extra).length === 0 ? ref(target, ctx) : { allOf: [ref(target, ctx), extra] };
}

/**
 * `properties` for the members. AJV leaves a `__proto__` key out of `properties` (its guard against
 * prototype pollution), so a member of that name is declared through `patternProperties`, which
 * AJV checks like any other own key.
 */
function memberProperties(members: MemberIR[], ctx: SchemaContext): Schema {
  const entries = members.map((m) => [m.name, memberSchema(m.target, m, ctx)] as const);
  const proto = entries.filter(([name]) => name === '__proto__');
  return {
    properties: Object.fromEntries(entries.filter(([name]) => name !== '__proto__')),
    // `patternProperties` sees the key even when its value is undefined, which means not set.
    ...(proto.length > 0 && { patternProperties: { '^__proto__$': { if: { scUndefined: true }, else: proto[0][1] } } }),
  };
}

function shapeSchema(shape: ShapeIR, ctx: SchemaContext): Schema {
  const base: Schema = { scType: scalarType(shape) };
  switch (shape.type) {
    case 'string':
      return { ...base, ...constraintKeywords(shape, shape), };
    case 'enum':
    case 'intEnum':
      return { ...base, scEnum: shape.values.map((v) => v.value) };
    case 'blob':
      return { ...base, ...constraintKeywords(shape, shape) };
    case 'list': {
      const item = memberSchema(shape.member, shape.memberTraits, ctx);
      return {
        ...base,
        ...constraintKeywords(shape, shape),
        items: shape.sparse ? { if: { type: 'null' }, else: item } : item,
      };
    }
    case 'map': {
      const value = memberSchema(shape.value, shape.valueTraits, ctx);
      return {
        ...base,
        ...constraintKeywords(shape, shape),
        // Inline, never a $ref: errors raised inside a referenced function would lose the key
        // they are about. Keys are strings or enums, so the copy is small.
        propertyNames: shapeSchema(ctx.shapes.get(shape.key)!, ctx),
        additionalProperties: shape.sparse ? { if: { type: 'null' }, else: value } : value,
      };
    }
    case 'structure': {
      const schema: Schema = { ...base, ...memberProperties(shape.members, ctx), additionalProperties: false };
      const required = shape.members.filter(mustBeGiven).map((m) => m.name);
      if (required.length > 0) schema.required = required;
      if (shape.rules.length > 0) {
        schema.allOf = shape.rules.map((r) => ({ scRule: { kind: r.kind, members: r.members, ...(r.when !== undefined && { when: r.when }) } }));
      }
      return schema;
    }
    case 'union':
      return {
        ...base,
        ...memberProperties(shape.members, ctx),
        additionalProperties: false,
        scUnion: shape.members.map((m) => m.name),
      };
    case 'boolean':
    case 'timestamp':
    case 'document':
      return base;
    default:
      return { ...base, ...constraintKeywords(shape, shape) };
  }
}
