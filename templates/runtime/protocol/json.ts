/**
 * JSON bodies, both directions, driven by the schema: wire names (`jsonName`), timestamps (epoch
 * seconds unless the model says otherwise), blobs as base64, non-finite floats as strings, unions,
 * documents. The mock server reads requests and writes responses with it; the client's generated
 * serde (serialize.ts, deserialize.ts) does the same for its two directions.
 */
import { type Bag, getOwn, isObject, SerdeError, setOwn } from './data.js';
import { $base64, $boolean, $number, $readList, $readMap, $string, $unknownMember } from './deserialize.js';
import { type MemberSchema, resolve, type SchemaRef, type TimestampFormat } from './schema.js';
import { $blob, $float, $list, $map } from './serialize.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';

/** A value as the caller holds it → a JSON-ready value. */
export function toJson(ref: SchemaRef, value: unknown, format: TimestampFormat = 'epoch-seconds'): unknown {
  const schema = resolve(ref);
  switch (schema) {
    case 'string':
    case 'mediaString':
      return $string(value);
    case 'boolean':
      return $boolean(value);
    case 'integer':
    case 'number':
      if (typeof value !== 'number') throw new SerdeError('expected a number');
      return $float(value);
    case 'blob':
      return $blob(value);
    case 'timestamp':
      return formatTimestamp(value, format);
    case 'document':
      return value;
  }
  if (schema.type === 'list') return $list(value, (item: unknown) => toJson(schema.member, item, schema.format), schema.sparse);
  if (schema.type === 'map') return $map(value, (item: unknown) => toJson(schema.value, item, schema.format), schema.sparse);
  if (!isObject(value)) throw new SerdeError(`expected a ${schema.type}`);
  return membersToJson(schema.members, value);
}

/** A JSON value from the wire → the value the caller gets (Date, Uint8Array, numbers, ...). */
export function fromJson(ref: SchemaRef, value: unknown, format: TimestampFormat = 'epoch-seconds'): unknown {
  const schema = resolve(ref);
  switch (schema) {
    case 'string':
    case 'mediaString':
      return $string(value);
    case 'boolean':
      return $boolean(value);
    case 'integer':
    case 'number':
      return $number(value);
    case 'blob':
      return $base64(value);
    case 'timestamp':
      return parseTimestamp(value, format);
    case 'document':
      return value;
  }
  if (schema.type === 'list') return $readList(value, (item) => fromJson(schema.member, item, schema.format), schema.sparse);
  if (schema.type === 'map') return $readMap(value, (item) => fromJson(schema.value, item, schema.format), schema.sparse);
  if (!isObject(value)) throw new SerdeError(`expected a ${schema.type}`);
  const out = membersFromJson(schema.members, value);
  // A member this side does not know yet (the other is newer): kept rather than failing.
  return schema.type === 'union' ? $unknownMember(out, value) : out;
}

/** Members of a structure or union as a JSON object; absent and null members are left out. */
export function membersToJson(members: MemberSchema[], value: Bag): Bag {
  return convertMembers(members, value, {}, 'out', toJson);
}

export function membersFromJson(members: MemberSchema[], value: Bag, out: Bag = {}): Bag {
  return convertMembers(members, value, out, 'in', fromJson);
}

type Convert = (ref: SchemaRef, value: unknown, format?: TimestampFormat) => unknown;

/** Going out, member names become wire names (`jsonName`); coming in, the reverse. */
function convertMembers(members: MemberSchema[], value: Bag, out: Bag, direction: 'in' | 'out', convert: Convert): Bag {
  for (const m of members) {
    const wire = m.jsonName ?? m.name;
    const item = getOwn(value, direction === 'out' ? m.name : wire);
    if (item !== null && item !== undefined) setOwn(out, direction === 'out' ? wire : m.name, convert(m.target, item, m.format));
  }
  return out;
}

