/**
 * Request examples as TypeScript source. Values come from the model's example where there is one,
 * otherwise they are made up from the shapes so that the example passes validation: required
 * members only, the first value of an enum, the lower bound of a range, the first member of an
 * `exactlyOneOf` rule or a union. Every model string is emitted through `tsString`.
 */
import type { JsonValue, ShapeIR } from '../../../ir/types.ts';
import { IDENTIFIER } from '../../../ir/names.ts';
import type { ShapeFacts } from './shapes.ts';

/** A TypeScript string literal; JSON.stringify leaves U+2028/U+2029 raw, which older parsers reject. */
export function tsString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** An object literal key: bare when it is an identifier; `__proto__` computed, since a literal key would set the prototype. */
export function tsKey(name: string): string {
  if (name === '__proto__') return `[${tsString(name)}]`;
  return IDENTIFIER.test(name) ? name : tsString(name);
}

const STEP = '  ';

function objectLiteral(entries: [string, string][], indent: string): string {
  if (entries.length === 0) return '{}';
  const inner = indent + STEP;
  return `{\n${entries.map(([k, v]) => `${inner}${k}: ${v},`).join('\n')}\n${indent}}`;
}

function arrayLiteral(items: string[], indent: string): string {
  if (items.length === 0) return '[]';
  const inner = indent + STEP;
  return `[\n${items.map((v) => `${inner}${v},`).join('\n')}\n${indent}]`;
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** TypeScript for a JSON value the model gave, typed by `shape` (timestamps become Dates, blobs bytes). */
function fromExample(facts: ShapeFacts, shape: ShapeIR, value: JsonValue, indent: string): string {
  switch (shape.type) {
    case 'timestamp':
      return `new Date(${typeof value === 'number' ? value * 1000 : tsString(String(value))})`;
    case 'blob':
      return `Uint8Array.from(atob(${tsString(String(value))}), (c) => c.charCodeAt(0))`;
    case 'list':
      return Array.isArray(value)
        ? arrayLiteral(value.map((v) => fromExample(facts, facts.shape(shape.member), v, indent + STEP)), indent)
        : jsonLiteral(value, indent);
    case 'map':
      return isObject(value)
        ? objectLiteral(
            Object.entries(value).map(([k, v]) => [tsString(k), fromExample(facts, facts.shape(shape.value), v, indent + STEP)]),
            indent,
          )
        : jsonLiteral(value, indent);
    case 'structure':
    case 'union': {
      if (!isObject(value)) return jsonLiteral(value, indent);
      const targets = new Map(shape.members.map((m) => [m.name, m.target]));
      return objectLiteral(
        Object.entries(value).map(([k, v]) => {
          const target = targets.get(k);
          return [tsKey(k), target ? fromExample(facts, facts.shape(target), v, indent + STEP) : jsonLiteral(v, indent + STEP)];
        }),
        indent,
      );
    }
    default:
      return jsonLiteral(value, indent);
  }
}

/** A JSON value as TypeScript (documents, scalars, and anything the shape does not explain). */
function jsonLiteral(value: JsonValue, indent: string): string {
  if (typeof value === 'string') return tsString(value);
  if (Array.isArray(value)) return arrayLiteral(value.map((v) => jsonLiteral(v, indent + STEP)), indent);
  if (isObject(value)) return objectLiteral(Object.entries(value).map(([k, v]) => [tsString(k), jsonLiteral(v, indent + STEP)]), indent);
  return JSON.stringify(value);
}

/** Deep enough for any real request; a cut-off only guards against pathological models. */
const MAX_DEPTH = 12;
/** Values in one made-up example, for the same reason. */
const MAX_VALUES = 500;

/** A made-up value of `shape` that satisfies its constraints as far as a placeholder can. */
function madeUp(facts: ShapeFacts, shape: ShapeIR, indent: string, depth: number, count = { values: 0 }): string {
  const deeper = (name: string, at: string) => madeUp(facts, facts.shape(name), at, depth + 1, count);
  const stop = depth >= MAX_DEPTH || ++count.values > MAX_VALUES;
  switch (shape.type) {
    case 'string':
      return tsString(shape.knownValues?.[0]?.value ?? 'string');
    case 'enum':
      return tsString(shape.values[0]?.value ?? '');
    case 'intEnum':
      return String(shape.values[0]?.value ?? 0);
    case 'boolean':
      return 'true';
    case 'timestamp':
      return 'new Date()';
    case 'blob':
      return 'new Uint8Array()';
    case 'document':
      return '{}';
    case 'list': {
      if (stop) return '[]';
      const items = Math.max(1, shape.length?.min ?? 1);
      const item = deeper(shape.member, indent + STEP);
      return arrayLiteral(Array.from({ length: Math.min(items, 3) }, () => item), indent);
    }
    case 'map':
      if (stop) return '{}';
      return objectLiteral([[tsString('key'), deeper(shape.value, indent + STEP)]], indent);
    case 'structure':
    case 'union': {
      if (stop) return '{}';
      const chosen = new Set(shape.members.filter((m) => m.required).map((m) => m.name));
      if (shape.type === 'union' && shape.members[0]) chosen.add(shape.members[0].name);
      if (shape.type === 'structure') {
        for (const rule of shape.rules) if (rule.kind === 'exactlyOneOf' && rule.members[0]) chosen.add(rule.members[0]);
      }
      const members = shape.members.filter((m) => chosen.has(m.name) && m.http?.kind !== 'statusCode');
      return objectLiteral(
        members.map((m) => [tsKey(m.name), deeper(m.target, indent + STEP)]),
        indent,
      );
    }
    default:
      return String(shape.range?.min ?? 1);
  }
}

/** An operation's input or output as a TypeScript expression, from the model's example or made up. */
export function tsValueLiteral(facts: ShapeFacts, shapeName: string, example?: { [key: string]: JsonValue }, indent = ''): string {
  const shape = facts.shape(shapeName);
  return example ? fromExample(facts, shape, example, indent) : madeUp(facts, shape, indent, 0);
}
