/**
 * Model examples are written as the model format says: member names, timestamps as RFC 3339
 * strings, blobs as base64. The mock returns them as real output values (Date, Uint8Array), the same
 * values a handler would return.
 */
import { fromBase64 } from '../protocol/base64.js';
import { type Bag, isObject, setOwn } from '../protocol/data.js';
import { resolve, type SchemaRef } from '../protocol/schema.js';

export function exampleValue(ref: SchemaRef, value: unknown): unknown {
  const schema = resolve(ref);
  if (schema === 'timestamp') return typeof value === 'string' || typeof value === 'number' ? new Date(typeof value === 'number' ? value * 1000 : value) : value;
  if (schema === 'blob') return typeof value === 'string' ? fromBase64(value) : value;
  if (typeof schema === 'string') return value;
  if (schema.type === 'list') return Array.isArray(value) ? value.map((v) => exampleValue(schema.member, v)) : value;
  if (!isObject(value)) return value;
  const out: Bag = {};
  for (const key of Object.keys(value)) {
    const target = schema.type === 'map' ? schema.value : schema.members.find((m) => m.name === key)?.target;
    setOwn(out, key, target ? exampleValue(target, value[key]) : value[key]);
  }
  return out;
}
