/**
 * What the service enforces on a value, as plain data for the templates: each entry sets exactly
 * one kind, and the shared `constraints` partial words it. Member traits add to the target's
 * (Smithy semantics), so bounds are the intersection of both.
 */
import type { Bounds, Deprecation, HttpBindingIR, MemberIR, MemberTraitsIR, ShapeIR } from '../../../ir/types.ts';

export interface ConstraintView {
  /** `1–64`, `≥ 1` or `≤ 64`; the unit flag says what is counted. */
  length?: string;
  chars?: boolean;
  bytes?: boolean;
  items?: boolean;
  entries?: boolean;
  range?: string;
  pattern?: string;
  /** A union: exactly one member is set. */
  oneMember?: boolean;
  oneOf?: string[];
  knownValues?: string[];
  intValues?: { value: string; name: string }[];
  sensitive?: boolean;
  deprecated?: { message?: string; since?: string };
  /** The default as JSON text. */
  default?: string;
  uniqueItems?: boolean;
  sparse?: boolean;
  timestampFormat?: string;
  mediaType?: string;
  streaming?: boolean;
  idempotencyToken?: boolean;
  http?: { label?: string; query?: string; header?: string; prefixHeaders?: string; queryParams?: boolean; payload?: boolean; statusCode?: boolean };
}

/** Bounds as readers write them; numbers only, so no escaping concerns. */
export function formatBounds(b: Bounds): string | undefined {
  if (b.min !== undefined && b.max !== undefined) return b.min === b.max ? `${b.min}` : `${b.min}–${b.max}`;
  if (b.min !== undefined) return `≥ ${b.min}`;
  if (b.max !== undefined) return `≤ ${b.max}`;
  return undefined;
}

function intersect(a: Bounds | undefined, b: Bounds | undefined): Bounds {
  const pick = (x: number | undefined, y: number | undefined, f: (p: number, q: number) => number) =>
    x === undefined ? y : y === undefined ? x : f(x, y);
  return { min: pick(a?.min, b?.min, Math.max), max: pick(a?.max, b?.max, Math.min) };
}

function httpView(h: HttpBindingIR): ConstraintView['http'] {
  switch (h.kind) {
    case 'label':
      return { label: `{${h.name}${h.greedy ? '+' : ''}}` };
    case 'query':
      return { query: h.name };
    case 'header':
      return { header: h.name };
    case 'prefixHeaders':
      return { prefixHeaders: h.prefix };
    case 'queryParams':
      return { queryParams: true };
    case 'payload':
      return { payload: true };
    case 'statusCode':
      return { statusCode: true };
  }
}

function deprecationView(d: Deprecation): ConstraintView['deprecated'] {
  return { message: d.message, since: d.since };
}

const UNIT_OF: Partial<Record<ShapeIR['type'], keyof ConstraintView>> = {
  string: 'chars',
  blob: 'bytes',
  list: 'items',
  map: 'entries',
};

/**
 * Constraints of a value of `shape`, with the traits of the place it sits in: a structure member,
 * or a list's item and a map's value, which carry member traits of their own.
 */
export function constraintsOf(shape: ShapeIR, member?: MemberTraitsIR & Partial<MemberIR>): ConstraintView[] {
  const out: ConstraintView[] = [];
  if (member?.http) out.push({ http: httpView(member.http) });
  const shapeLength = 'length' in shape ? shape.length : undefined;
  const length = formatBounds(intersect(shapeLength, member?.length));
  const unit = UNIT_OF[shape.type];
  if (length && unit) out.push({ length, [unit]: true });
  const range = formatBounds(intersect('range' in shape ? shape.range : undefined, member?.range));
  if (range) out.push({ range });
  for (const pattern of [shape.type === 'string' ? shape.pattern : undefined, member?.pattern]) {
    if (pattern !== undefined) out.push({ pattern });
  }
  if (shape.type === 'union') out.push({ oneMember: true });
  if (shape.type === 'enum') out.push({ oneOf: shape.values.map((v) => v.value) });
  if (shape.type === 'intEnum') out.push({ intValues: shape.values.map((v) => ({ value: String(v.value), name: v.name })) });
  if (shape.type === 'string' && shape.knownValues?.length) out.push({ knownValues: shape.knownValues.map((v) => v.value) });
  if (shape.type === 'list' && shape.uniqueItems) out.push({ uniqueItems: true });
  if ((shape.type === 'list' || shape.type === 'map') && shape.sparse) out.push({ sparse: true });
  const timestampFormat = member?.timestampFormat ?? (shape.type === 'timestamp' ? shape.format : undefined);
  if (timestampFormat) out.push({ timestampFormat });
  if ((shape.type === 'string' || shape.type === 'blob') && shape.mediaType) out.push({ mediaType: shape.mediaType });
  if (shape.type === 'blob' && shape.streaming) out.push({ streaming: true });
  if (member?.default !== undefined) out.push({ default: JSON.stringify(member.default) });
  if (member?.idempotencyToken) out.push({ idempotencyToken: true });
  if (member?.sensitive || shape.sensitive) out.push({ sensitive: true });
  const deprecated = member?.deprecated ?? shape.deprecated;
  if (deprecated) out.push({ deprecated: deprecationView(deprecated) });
  return out;
}
