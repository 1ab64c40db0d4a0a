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

/** An example of the model as the mock keeps it: in model form, converted when it is answered. */
export interface MockExample {
  input: Bag;
  output?: Bag;
  /** A modeled error the example shows: its shape name and members. */
  error?: { shape: string; content: Bag };
}

/** An example with its input converted once to the values requests parse to, ready to compare. */
export interface MatchableExample {
  example: MockExample;
  input: Bag;
}

export function matchableExamples(examples: readonly MockExample[], inputSchema: SchemaRef): MatchableExample[] {
  return examples.map((example) => ({ example, input: exampleValue(inputSchema, example.input) as Bag }));
}

/**
 * The example a request stands for: one whose every input member has the request's value. The
 * request may carry more (an idempotency token the client filled in, members left at defaults);
 * among several matches the most specific one (most members) wins, then the first in the model.
 */
export function exampleFor<T extends MatchableExample>(examples: readonly T[], input: Bag): T | undefined {
  let best: T | undefined;
  let bestSize = -1;
  for (const entry of examples) {
    const keys = Object.keys(entry.input);
    if (keys.length > bestSize && keys.every((key) => Object.hasOwn(input, key) && sameValue(entry.input[key], input[key]))) {
      best = entry;
      bestSize = keys.length;
    }
  }
  return best;
}

/** Deep equality of values as the protocol parses them: timestamps by instant, blobs by bytes. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (a instanceof Uint8Array) return b instanceof Uint8Array && a.length === b.length && a.every((byte, i) => byte === b[i]);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a)) {
    if (!isObject(b) || b instanceof Date || b instanceof Uint8Array) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}
