/**
 * How each value travels, decided once per member at generation time: the name of the function
 * that turns a caller's value into its wire form (an encoder) and back (a decoder), or none where
 * the value travels as it is. Names starting with `$` are runtime helpers
 * (`src/runtime/protocol/{serialize,deserialize,timestamp}.ts`); `se_X` and `de_X` are the
 * generated functions of aggregate shape X in `src/client/serde.ts`.
 */
import type { MemberIR, ShapeIR, TimestampFormat } from '../../../ir/types.ts';
import type { ShapeIndex } from '../schemaLiterals.ts';

/** Where a value is written: the JSON body, or text in a header, a URI label or a query string. */
export type Place = 'json' | 'header' | 'uri';

const WRITE_TIME: Record<TimestampFormat, string> = { 'epoch-seconds': '$epochSeconds', 'date-time': '$dateTime', 'http-date': '$httpDate' };
const READ_TIME: Record<TimestampFormat, string> = { 'epoch-seconds': '$readEpochSeconds', 'date-time': '$readDateTime', 'http-date': '$readHttpDate' };
/** restJson1's default timestamp format by place. */
const DEFAULT_TIME: Record<Place, TimestampFormat> = { json: 'epoch-seconds', header: 'http-date', uri: 'date-time' };

export function shapeOf(shapes: ShapeIndex, name: string): ShapeIR {
  const shape = shapes.get(name);
  if (!shape) throw new Error(`unknown shape ${name}`);
  return shape;
}

export const isAggregate = (shape: ShapeIR) => shape.type === 'structure' || shape.type === 'union' || shape.type === 'list' || shape.type === 'map';

/** Shapes whose values are whole numbers on the wire: in text, only digits stand for them. */
export function isWholeNumber(shape: ShapeIR): boolean {
  return ['byte', 'short', 'integer', 'long', 'bigInteger', 'intEnum'].includes(shape.type);
}

/** A blob or string payload's `mediaType`, which is then its Content-Type. */
export function payloadMediaType(shape: ShapeIR | undefined): string | undefined {
  return shape?.type === 'blob' || shape?.type === 'string' ? shape.mediaType : undefined;
}

/** The member's timestamp format: its own trait, else its target's. */
export function formatOf(shapes: ShapeIndex, target: string, trait: TimestampFormat | undefined): TimestampFormat | undefined {
  const shape = shapes.get(target);
  return trait ?? (shape?.type === 'timestamp' ? shape.format : undefined);
}

const FLOATS = new Set(['float', 'double', 'bigDecimal']);

/** Serializing: the encoder of a scalar or aggregate target, undefined when it travels as it is. */
export function encoderOf(shapes: ShapeIndex, target: string, format: TimestampFormat | undefined, place: Place, identity: IdentityShapes): string | undefined {
  const shape = shapeOf(shapes, target);
  switch (shape.type) {
    case 'timestamp':
      return WRITE_TIME[format ?? DEFAULT_TIME[place]];
    case 'blob':
      return '$blob';
    case 'string':
      return shape.mediaType && place === 'header' ? '$mediaHeader' : undefined;
    case 'list':
    case 'map':
    case 'structure':
    case 'union':
      return identity.has(shape.name) ? undefined : `se_${shape.name}`;
    default:
      return place === 'json' && FLOATS.has(shape.type) ? '$float' : undefined;
  }
}

/** Deserializing: the decoder of a target; every value from the network is checked. */
export function decoderOf(shapes: ShapeIndex, target: string, format: TimestampFormat | undefined, place: Place): string {
  const shape = shapeOf(shapes, target);
  const text = place !== 'json';
  switch (shape.type) {
    case 'timestamp':
      return READ_TIME[format ?? DEFAULT_TIME[place]];
    case 'blob':
      return '$base64';
    case 'boolean':
      return text ? '$booleanText' : '$boolean';
    case 'string':
      return shape.mediaType && place === 'header' ? '$mediaText' : '$string';
    case 'enum':
      return '$string';
    case 'document':
      return text ? '$string' : '$document';
    case 'list':
    case 'map':
    case 'structure':
    case 'union':
      return `de_${shape.name}`;
    default:
      return !text ? '$number' : isWholeNumber(shape) ? '$integerText' : '$floatText';
  }
}

/** A list's item or a map's value: its target and timestamp format, and whether nulls are kept. */
export function itemOf(shapes: ShapeIndex, shape: ShapeIR): { target: string; format?: TimestampFormat; sparse: boolean } | undefined {
  if (shape.type === 'list') return { target: shape.member, format: formatOf(shapes, shape.member, shape.memberTraits?.timestampFormat), sparse: shape.sparse === true };
  if (shape.type === 'map') return { target: shape.value, format: formatOf(shapes, shape.value, shape.valueTraits?.timestampFormat), sparse: shape.sparse === true };
  return undefined;
}

export const memberFormat = (shapes: ShapeIndex, m: MemberIR) => formatOf(shapes, m.target, m.timestampFormat);

/** Aggregate shapes whose JSON form is the caller's value itself. */
export type IdentityShapes = ReadonlySet<string>;

/**
 * An input that passed its validator is already its own JSON when nothing in it needs converting:
 * no timestamp, blob or float, no member with another wire name, no sparse collection (whose
 * nulls must be kept), and no member that only `setOwn` can write (`__proto__`). Such shapes get
 * no serializer; `JSON.stringify` writes them. A shape on a cycle is left out (it needs a function).
 */
export function identityShapes(shapes: ShapeIndex): IdentityShapes {
  const result = new Map<string, boolean>();
  const visit = (name: string): boolean => {
    const known = result.get(name);
    if (known !== undefined) return known;
    result.set(name, false);
    const shape = shapeOf(shapes, name);
    const plain = (target: string, format: TimestampFormat | undefined) => {
      const t = shapeOf(shapes, target);
      return isAggregate(t) ? visit(target) : encoderOf(shapes, target, format, 'json', new Set()) === undefined;
    };
    let identity: boolean;
    const item = itemOf(shapes, shape);
    if (item) identity = !item.sparse && plain(item.target, item.format);
    else if (shape.type === 'structure' || shape.type === 'union') {
      identity = shape.members.every(
        (m) => (m.jsonName === undefined || m.jsonName === m.name) && m.name !== '__proto__' && plain(m.target, memberFormat(shapes, m)),
      );
    } else identity = true;
    result.set(name, identity);
    return identity;
  };
  for (const shape of shapes.values()) if (isAggregate(shape)) visit(shape.name);
  return new Set([...result].filter(([, identity]) => identity).map(([name]) => name));
}
