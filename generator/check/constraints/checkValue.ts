import { mustBeGiven } from '../../ir/presence.ts';
import type { Bounds, MemberTraitsIR, ServiceIR, ShapeIR, StructureShapeIR } from '../../ir/types.ts';

/**
 * A direct, deliberately simple interpreter of Smithy's constraint semantics over the IR. It checks
 * example values when a model loads, and it is the reference the generated validators are fuzzed
 * against: it shares no code with them, so a bug in one shows up as a disagreement.
 *
 * `json` mode reads values as written in a model's examples (timestamps as RFC 3339 strings or epoch
 * seconds, blobs as base64); `runtime` mode reads values as a caller passes them to the client
 * (`Date`, `Uint8Array` or string). Messages never include the value, which may be a secret.
 */
export interface ConstraintIssue {
  path: string;
  constraint: string;
  message: string;
}

export type ValueMode = 'json' | 'runtime';

const INTEGER_LIMITS: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-(2 ** 63), 2 ** 63 - 1],
};

/**
 * `skip`: shapes whose values are not checked (their own definition is known to be broken).
 * `traits`: the constraints of the member that holds the value, which add to the shape's (a
 * member's default value must satisfy both).
 */
export function checkValue(
  ir: ServiceIR,
  shapeName: string,
  value: unknown,
  mode: ValueMode = 'runtime',
  skip?: ReadonlySet<string>,
  traits: MemberTraitsIR = {},
): ConstraintIssue[] {
  const index = shapeIndex(ir);
  // Skipped shapes read as unknown ones, without copying the index for every value.
  const shapes: ShapeLookup = skip && skip.size > 0 ? { get: (name) => (skip.has(name) ? undefined : index.get(name)) } : index;
  const issues: ConstraintIssue[] = [];
  visit(shapes, shapeName, value, '', traits, mode, issues);
  return issues;
}

type ShapeLookup = Pick<ReadonlyMap<string, ShapeIR>, 'get'>;

const indexes = new WeakMap<ServiceIR, Map<string, ShapeIR>>();

/** Shapes by name, built once per IR: fuzzing checks thousands of values against one model. */
function shapeIndex(ir: ServiceIR): Map<string, ShapeIR> {
  let index = indexes.get(ir);
  if (!index) {
    index = new Map(ir.shapes.map((s) => [s.name, s]));
    indexes.set(ir, index);
  }
  return index;
}

function pointer(base: string, key: string | number): string {
  return `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** A JSON Pointer (an issue's `path`, or AJV's `instancePath`) as the keys and indexes it walks. */
export function pathOfPointer(path: string): (string | number)[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function inBounds(n: number, b: Bounds | undefined): boolean {
  return !b || ((b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max));
}

function describeBounds(b: Bounds): string {
  if (b.min !== undefined && b.max !== undefined) return `between ${b.min} and ${b.max}`;
  return b.min !== undefined ? `at least ${b.min}` : `at most ${b.max}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);
}

/** A member is present when it is an own property whose value is not undefined (null is a value, and a wrong one). */
function has(o: Record<string, unknown>, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined;
}

function visit(
  shapes: ShapeLookup,
  name: string,
  value: unknown,
  path: string,
  traits: MemberTraitsIR,
  mode: ValueMode,
  issues: ConstraintIssue[],
): void {
  const shape = shapes.get(name);
  if (!shape) return;
  const add = (constraint: string, message: string): void => {
    issues.push({ path, constraint, message });
  };
  const typeError = (expected: string) => add('type', `must be ${expected}`);

  switch (shape.type) {
    case 'string':
    case 'enum': {
      if (typeof value !== 'string') return typeError('a string');
      // A pattern is tested only when the length constraint beside it holds: a string already too
      // long is never handed to a regular expression that might backtrack on it.
      const levels = shape.type === 'string' ? [[shape.length, shape.pattern] as const, [traits.length, traits.pattern] as const] : [[undefined, undefined] as const];
      for (const [b, p] of levels) {
        const lengthOk = !b || inBounds(codePoints(value), b);
        if (!lengthOk) add('length', `length must be ${describeBounds(b!)} characters`);
        else if (p !== undefined && !new RegExp(p, 'u').test(value)) add('pattern', `must match the pattern ${p}`);
      }
      if (shape.type === 'enum' && !shape.values.some((v) => v.value === value)) {
        add('enum', `must be one of: ${shape.values.map((v) => v.value).join(', ')}`);
      }
      return;
    }
    case 'intEnum':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < INTEGER_LIMITS.integer[0] || value > INTEGER_LIMITS.integer[1]) return typeError('an integer');
      if (!shape.values.some((v) => v.value === value)) add('enum', `must be one of: ${shape.values.map((v) => v.value).join(', ')}`);
      return;
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'bigInteger':
    case 'float':
    case 'double':
    case 'bigDecimal': {
      if (typeof value !== 'number') return typeError('a number');
      const limits = INTEGER_LIMITS[shape.type];
      if ((limits || shape.type === 'bigInteger') && !Number.isInteger(value)) return typeError('an integer');
      if (limits && (value < limits[0] || value > limits[1])) return add('type', `must be a ${shape.type} (${limits[0]} to ${limits[1]})`);
      for (const b of [shape.range, traits.range]) {
        if (b && !inBounds(value, b)) add('range', `must be ${describeBounds(b)}`);
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') typeError('true or false');
      return;
    case 'document':
      return;
    case 'timestamp':
      if (mode === 'runtime') {
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) typeError('a valid Date');
      } else if (!(typeof value === 'number' || (typeof value === 'string' && !Number.isNaN(Date.parse(value))))) {
        typeError('a timestamp (RFC 3339 string or epoch seconds)');
      }
      return;
    case 'blob': {
      let bytes: number;
      if (value instanceof Uint8Array) bytes = value.byteLength;
      else if (typeof value === 'string') bytes = mode === 'json' ? Buffer.from(value, 'base64').byteLength : Buffer.byteLength(value, 'utf8');
      else return typeError(mode === 'json' ? 'a base64 string' : 'a Uint8Array or a string');
      for (const b of [shape.length, traits.length]) {
        if (b && !inBounds(bytes, b)) add('length', `length must be ${describeBounds(b)} bytes`);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) return typeError('a list');
      for (const b of [shape.length, traits.length]) {
        if (b && !inBounds(value.length, b)) add('length', `must have ${describeBounds(b)} items`);
      }
      value.forEach((item, i) => {
        if (item === null || item === undefined) {
          if (!shape.sparse) issues.push({ path: pointer(path, i), constraint: 'type', message: 'must not be null' });
          return;
        }
        visit(shapes, shape.member, item, pointer(path, i), shape.memberTraits ?? {}, mode, issues);
      });
      if (shape.uniqueItems) {
        const seen = new Set(value.map((v) => JSON.stringify(v)));
        if (seen.size !== value.length) add('uniqueItems', 'must not contain duplicate items');
      }
      return;
    }
    case 'map': {
      if (!isObject(value)) return typeError('a map');
      const keys = Object.keys(value);
      for (const b of [shape.length, traits.length]) {
        if (b && !inBounds(keys.length, b)) add('length', `must have ${describeBounds(b)} entries`);
      }
      for (const key of keys) {
        visit(shapes, shape.key, key, pointer(path, key), {}, mode, issues);
        const item = value[key];
        if (item === null || item === undefined) {
          if (!shape.sparse) issues.push({ path: pointer(path, key), constraint: 'type', message: 'must not be null' });
          continue;
        }
        visit(shapes, shape.value, item, pointer(path, key), shape.valueTraits ?? {}, mode, issues);
      }
      return;
    }
    case 'union': {
      if (!isObject(value)) return typeError('an object');
      const known = new Set(shape.members.map((m) => m.name));
      for (const key of Object.keys(value)) {
        if (!known.has(key)) issues.push({ path: pointer(path, key), constraint: 'unknownMember', message: `'${key}' is not a member of ${shape.name}` });
      }
      const set = shape.members.filter((m) => has(value, m.name));
      if (set.length !== 1) add('union', 'exactly one member must be set');
      for (const m of set) visit(shapes, m.target, value[m.name], pointer(path, m.name), m, mode, issues);
      return;
    }
    case 'structure':
      return visitStructure(shapes, shape, value, path, mode, issues);
  }
}

function visitStructure(
  shapes: ShapeLookup,
  shape: StructureShapeIR,
  value: unknown,
  path: string,
  mode: ValueMode,
  issues: ConstraintIssue[],
): void {
  if (!isObject(value)) {
    issues.push({ path, constraint: 'type', message: 'must be an object' });
    return;
  }
  const known = new Set(shape.members.map((m) => m.name));
  for (const key of Object.keys(value)) {
    if (!known.has(key)) issues.push({ path: pointer(path, key), constraint: 'unknownMember', message: `'${key}' is not a member of ${shape.name}` });
  }
  for (const m of shape.members) {
    if (!has(value, m.name)) {
      if (mustBeGiven(m)) issues.push({ path: pointer(path, m.name), constraint: 'required', message: `'${m.name}' is required` });
      continue;
    }
    visit(shapes, m.target, value[m.name], pointer(path, m.name), m, mode, issues);
  }
  for (const rule of shape.rules) {
    const present = rule.members.filter((m) => has(value, m));
    const list = rule.members.map((m) => `'${m}'`).join(', ');
    const fail = (message: string) => issues.push({ path, constraint: rule.kind, message });
    if (rule.kind === 'atMostOneOf' && present.length > 1) fail(`at most one of ${list} may be set`);
    if (rule.kind === 'exactlyOneOf' && present.length !== 1) fail(`exactly one of ${list} must be set`);
    if (rule.kind === 'allOrNone' && present.length !== 0 && present.length !== rule.members.length) fail(`either all or none of ${list} must be set`);
    if (rule.kind === 'requiresAll' && rule.when !== undefined && has(value, rule.when) && present.length !== rule.members.length) {
      fail(`when '${rule.when}' is set, ${list} must be set too`);
    }
  }
}
