/**
 * The Request Syntax and Response Syntax blocks of a boto3 reference page: Python-shaped
 * placeholders for every member (`'string'`, `123`, `True|False`, enum values joined by `|`).
 */
import type { ShapeIR } from '../../../ir/types.ts';
import { pythonString } from '../text/escapeRst.ts';
import type { ShapeFacts } from './shapes.ts';

const STEP = '    ';

/** As in the member trees: past this many values, a repeated structure is shown once (see memberTree.ts). */
const VALUE_BUDGET = 1000;

class TooBig extends Error {}

interface Budget {
  once: boolean;
  values: number;
  seen: Set<string>;
}

function placeholder(facts: ShapeFacts, shape: ShapeIR, indent: string, open: string[], budget: Budget): string {
  if (open.includes(shape.name)) return `{'... recursive ...'}`;
  if (++budget.values > VALUE_BUDGET && !budget.once) throw new TooBig();
  const hasMembers = shape.type === 'structure' || shape.type === 'union';
  if (budget.once && hasMembers) {
    if (budget.seen.has(shape.name)) return `{'... as above ...'}`;
    budget.seen.add(shape.name);
  }
  const inner = indent + STEP;
  const nested = [...open, shape.name];
  const sub = (name: string, at: string) => placeholder(facts, facts.shape(name), at, nested, budget);
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
      return `[\n${inner}${sub(shape.member, inner)},\n${indent}]`;
    case 'map':
      return `{\n${inner}'string': ${sub(shape.value, inner)}\n${indent}}`;
    case 'structure':
    case 'union': {
      const lines = shape.members.map((m) => `${inner}'${m.name}': ${sub(m.target, inner)}`);
      return lines.length ? `{\n${lines.join(',\n')}\n${indent}}` : '{}';
    }
    default:
      return '123';
  }
}

/** Renders in full, or past the budget with each structure shown once. */
function withBudget(render: (budget: Budget) => string): string {
  try {
    return render({ once: false, values: 0, seen: new Set() });
  } catch (error) {
    if (!(error instanceof TooBig)) throw error;
    return render({ once: true, values: 0, seen: new Set() });
  }
}

/** `response = client.method(\n    member=...,\n)` for an operation's input structure. */
export function pythonRequestSyntax(facts: ShapeFacts, method: string, inputShape: string): string {
  const input = facts.shape(inputShape);
  const members = input.type === 'structure' ? input.members : [];
  if (members.length === 0) return `response = client.${method}()`;
  return withBudget((budget) => {
    const args = members.map((m) => `${STEP}${m.name}=${placeholder(facts, facts.shape(m.target), STEP, [input.name], budget)}`);
    return `response = client.${method}(\n${args.join(',\n')}\n)`;
  });
}

/** The response dict of an operation's output structure. */
export function pythonResponseSyntax(facts: ShapeFacts, outputShape: string): string {
  return withBudget((budget) => placeholder(facts, facts.shape(outputShape), '', [], budget));
}
