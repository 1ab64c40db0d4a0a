import type { Bounds, MemberIR, ShapeIR } from '../../ir/types.ts';
import type { PathSegment } from '../../load/parseModelFile.ts';
import { checkPattern } from '../patternSyntax.ts';
import type { CheckContext } from './context.ts';

const LENGTH_TYPES = new Set(['string', 'blob', 'list', 'map']);
const RANGE_TYPES = new Set(['byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal']);

/** Bounds, patterns and enum values must make sense and fit the shape they constrain. */
export function checkConstraints(ctx: CheckContext): void {
  for (const shape of ctx.ir.shapes) {
    const at = (sub: PathSegment[]) => ctx.origins.locate('shape', shape.name, sub);
    if ('length' in shape) checkBounds(ctx, shape.name, shape.length, 'length', at, ['length']);
    if ('range' in shape) checkBounds(ctx, shape.name, shape.range, 'range', at, ['range']);
    if (shape.type === 'string' && shape.pattern !== undefined) checkPatternAt(ctx, shape.name, shape.pattern, at(['pattern']));
    if (shape.type === 'enum' || shape.type === 'intEnum' || (shape.type === 'string' && shape.knownValues)) {
      const values = shape.type === 'string' ? shape.knownValues! : shape.values;
      const key = shape.type === 'string' ? 'knownValues' : 'values';
      const seenValues = new Set<string | number>();
      const seenNames = new Set<string>();
      values.forEach((v, i) => {
        if (seenValues.has(v.value)) {
          ctx.report({ code: 'SC2014', message: `enum value '${v.value}' is listed twice`, hint: 'remove the duplicate', location: at([key, i]) });
        }
        if (seenNames.has(v.name)) {
          ctx.report({ code: 'SC2009', message: `enum name '${v.name}' is used by two values of '${shape.name}'`, hint: 'give the values distinct names with { value, name }', location: at([key, i]) });
        }
        seenValues.add(v.value);
        seenNames.add(v.name);
      });
    }
    if (shape.type === 'structure' || shape.type === 'union') {
      for (const member of shape.members) checkMember(ctx, shape, member);
    }
  }
}

function checkMember(ctx: CheckContext, owner: ShapeIR, member: MemberIR): void {
  const at = (sub: PathSegment[]) => ctx.origins.locate('shape', owner.name, ['members', member.name, ...sub]);
  const target = ctx.shapes.get(member.target);
  if (!target) return;
  const applies: [keyof MemberIR, Set<string>][] = [
    ['length', LENGTH_TYPES],
    ['range', RANGE_TYPES],
    ['pattern', new Set(['string'])],
    ['timestampFormat', new Set(['timestamp'])],
  ];
  for (const [trait, types] of applies) {
    if (member[trait] === undefined) continue;
    if (!types.has(target.type)) {
      ctx.report({
        code: 'SC2015',
        message: `'${String(trait)}' does not apply to member '${member.name}': its target '${target.name}' is a ${target.type}`,
        hint: `${String(trait)} applies to ${[...types].join(', ')} shapes`,
        location: at([trait]),
      });
    }
  }
  checkBounds(ctx, owner.name, member.length, 'length', at, ['length']);
  checkBounds(ctx, owner.name, member.range, 'range', at, ['range']);
  for (const kind of ['length', 'range'] as const) {
    if (types(kind).has(target.type)) checkBoundsMeet(ctx, owner, member, target, kind, at([kind]));
  }
  if (member.pattern !== undefined) checkPatternAt(ctx, owner.name, member.pattern, at(['pattern']));
  if (owner.type === 'union' && member.required) {
    ctx.report({ code: 'SC2016', message: `union member '${member.name}' cannot be required`, hint: 'exactly one member of a union is set; drop required', location: at(['required']) });
  }
}

function types(kind: 'length' | 'range'): Set<string> {
  return kind === 'length' ? LENGTH_TYPES : RANGE_TYPES;
}

/**
 * A member's bounds add to its target's (Smithy member traits): a value must satisfy both, so the
 * two together must still leave one, even when each side alone is sound.
 */
function checkBoundsMeet(
  ctx: CheckContext,
  owner: ShapeIR,
  member: MemberIR,
  target: ShapeIR,
  kind: 'length' | 'range',
  location: ReturnType<CheckContext['origins']['locate']>,
): void {
  const own = member[kind];
  const inherited = (target as { length?: Bounds; range?: Bounds })[kind];
  if (!own || !inherited || !isSound(own) || !isSound(inherited)) return;
  const min = Math.max(own.min ?? -Infinity, inherited.min ?? -Infinity);
  const max = Math.min(own.max ?? Infinity, inherited.max ?? Infinity);
  if (min <= max) return;
  ctx.flagged.add(owner.name);
  ctx.report({
    code: 'SC2004',
    message: `member '${member.name}' has ${kind} ${describe(own)}, and its target '${target.name}' ${describe(inherited)}: no value has both`,
    hint: `a value must satisfy both the member's and the target's ${kind}; make them overlap`,
    location,
  });
}

/** Finite bounds with min ≤ max: the ones checkBounds has nothing against. */
function isSound(bounds: Bounds): boolean {
  const finite = [bounds.min, bounds.max].every((v) => v === undefined || Number.isFinite(v));
  return finite && (bounds.min === undefined || bounds.max === undefined || bounds.min <= bounds.max);
}

function describe(bounds: Bounds): string {
  if (bounds.min !== undefined && bounds.max !== undefined) return `${bounds.min} to ${bounds.max}`;
  return bounds.min !== undefined ? `at least ${bounds.min}` : `at most ${bounds.max}`;
}

function checkBounds(
  ctx: CheckContext,
  owner: string,
  bounds: Bounds | undefined,
  kind: 'length' | 'range',
  at: (sub: PathSegment[]) => ReturnType<CheckContext['origins']['locate']>,
  sub: PathSegment[],
): void {
  if (!bounds) return;
  // `.inf` and `.nan` are YAML numbers; no value is ever in a range bounded by one. (A length
  // bound that is not finite is caught below: it is not a whole number.)
  if (kind === 'range') {
    const infinite = (['min', 'max'] as const).filter((side) => bounds[side] !== undefined && !Number.isFinite(bounds[side]));
    for (const side of infinite) {
      ctx.flagged.add(owner);
      ctx.report({ code: 'SC2004', message: `range ${side} must be a finite number, not ${bounds[side]}`, hint: 'leave the side out to leave it unbounded', location: at([...sub, side]) });
    }
    if (infinite.length > 0) return;
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    ctx.flagged.add(owner);
    ctx.report({
      code: 'SC2004',
      message: `${kind} min (${bounds.min}) is above max (${bounds.max})`,
      hint: 'no value could satisfy this; swap or correct the bounds',
      location: at([...sub, 'min']),
    });
  }
  if (kind === 'length') {
    for (const side of ['min', 'max'] as const) {
      const v = bounds[side];
      if (v !== undefined && (!Number.isInteger(v) || v < 0)) {
        ctx.flagged.add(owner);
        ctx.report({ code: 'SC2004', message: `length ${side} must be a whole number ≥ 0, not ${v}`, hint: 'lengths count code points, bytes or entries', location: at([...sub, side]) });
      }
    }
  }
}

function checkPatternAt(ctx: CheckContext, owner: string, pattern: string, location: ReturnType<CheckContext['origins']['locate']>): void {
  const problem = checkPattern(pattern);
  if (problem) ctx.flagged.add(owner);
  if (problem) ctx.report({ code: 'SC2003', message: problem.message, hint: problem.hint, location });
}
