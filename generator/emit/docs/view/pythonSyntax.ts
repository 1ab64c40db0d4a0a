/**
 * The Request Syntax and Response Syntax blocks of a boto3 reference page: Python-shaped
 * placeholders for every member (`'string'`, `123`, `True|False`, enum values joined by `|`).
 */
import type { ShapeIR } from '../../../ir/types.ts';
import { pythonString } from '../text/escapeRst.ts';
import type { ShapeFacts } from './shapes.ts';

const STEP = '    ';

function placeholder(facts: ShapeFacts, shape: ShapeIR, indent: string, open: string[]): string {
  if (open.includes(shape.name)) return `{'... recursive ...'}`;
  const inner = indent + STEP;
  const nested = [...open, shape.name];
  switch (shape.type) {
    case 'string':
      return `'string'`;
    case 'enum':
      return shape.values.map((v) => pythonString(v.value)).join('|');
    case 'intEnum':
      return shape.values.map((v) => String(v.value)).join('|');
    case 'boolean':
      return 'True|False';
    case 'float':
    case 'double':
    case 'bigDecimal':
      return '123.0';
    case 'timestamp':
      return 'datetime(2015, 1, 1)';
    case 'blob':
      return `b'bytes'`;
    case 'document':
      return `{...}|[...]|123|123.4|'string'|True|None`;
    case 'list':
      return `[\n${inner}${placeholder(facts, facts.shape(shape.member), inner, nested)},\n${indent}]`;
    case 'map':
      return `{\n${inner}'string': ${placeholder(facts, facts.shape(shape.value), inner, nested)}\n${indent}}`;
    case 'structure':
    case 'union': {
      const lines = shape.members.map((m) => `${inner}'${m.name}': ${placeholder(facts, facts.shape(m.target), inner, nested)}`);
      return lines.length ? `{\n${lines.join(',\n')}\n${indent}}` : '{}';
    }
    default:
      return '123';
  }
}

/** `response = client.method(\n    member=...,\n)` for an operation's input structure. */
export function pythonRequestSyntax(facts: ShapeFacts, method: string, inputShape: string): string {
  const input = facts.shape(inputShape);
  const members = input.type === 'structure' ? input.members : [];
  if (members.length === 0) return `response = client.${method}()`;
  const args = members.map((m) => `${STEP}${m.name}=${placeholder(facts, facts.shape(m.target), STEP, [input.name])}`);
  return `response = client.${method}(\n${args.join(',\n')}\n)`;
}

/** The response dict of an operation's output structure. */
export function pythonResponseSyntax(facts: ShapeFacts, outputShape: string): string {
  return placeholder(facts, facts.shape(outputShape), '', []);
}
