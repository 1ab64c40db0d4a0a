/**
 * botocore's test values ↔ the values a shapecraft client takes and returns. botocore writes
 * timestamps as epoch seconds, blobs as text and non-finite floats as strings; the generated
 * client takes and returns `Date`, `Uint8Array` and numbers. Conversion follows the generated
 * serde schema, so it is exactly as deep as the shapes.
 */
import { resolve, type SchemaRef } from '../../templates/runtime/protocol/schema.ts';

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

function isBag(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** botocore params → client input. */
export function toClientValue(ref: SchemaRef, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const schema = resolve(ref);
  if (schema === 'timestamp') return typeof value === 'number' ? new Date(Math.round(value * 1000)) : value;
  if (schema === 'blob') return typeof value === 'string' ? new TextEncoder().encode(value) : value;
  if (schema === 'number') return typeof value === 'string' && value in NON_FINITE ? NON_FINITE[value] : value;
  if (typeof schema === 'string') return value;
  if (schema.type === 'list') return Array.isArray(value) ? value.map((v) => toClientValue(schema.member, v)) : value;
  if (!isBag(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // botocore's None (JSON null) for a member means "not set", which TypeScript spells undefined.
    if (schema.type !== 'map' && value[key] === null) continue;
    const target = schema.type === 'map' ? schema.value : schema.members.find((m) => m.name === key)?.target;
    Object.defineProperty(out, key, { value: target ? toClientValue(target, value[key]) : value[key], enumerable: true, writable: true });
  }
  return out;
}

/** Client output → botocore's expected form (the reverse of `toClientValue`). */
export function toBotocoreValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(toBotocoreValue);
  if (!isBag(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toBotocoreValue(value[key]);
  return out;
}
