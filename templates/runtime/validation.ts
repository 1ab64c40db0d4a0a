/**
 * Explains why a value fails validation. Shipped inside the generated package: the `check` module
 * (AJV standalone code, compiled at generation time) answers valid or not on the hot path, and only
 * a value it rejects comes here. `src/validators/explain.js` holds the very JSON Schema `check` was
 * compiled from, as data; this interpreter walks it and collects every broken constraint with its
 * JSON Pointer. Interpreting instead of compiling a second AJV module keeps generation fast and
 * bundles small: a bundle carries this file once and the data of the shapes it uses.
 *
 * The keywords are shapecraft's (see generator/emit/validators/keywords.ts for what each means)
 * and the few JSON Schema ones the schema uses. Each keyword applies only to values of its own
 * type, as in JSON Schema; a node whose `scType` fails reports that alone.
 */
import { canonicalJson } from './inline/canonicalJson.js';
import { codePoints } from './inline/codePoints.js';

/** One broken constraint. */
export interface ValidationIssue {
  /** JSON Pointer to the offending value (`/setupFinalization/phoneNumbers/0/id`); `` is the root. */
  path: string;
  /** The constraint that failed: `required`, `type`, `length`, `pattern`, `enum`, `range`, `unknownMember`, `union`, `uniqueItems`, a rule kind such as `atMostOneOf`, or `schema` when no single one could be named. */
  constraint: string;
  /** What is wrong, without the offending value (it may be a secret). */
  message: string;
}

export type ScType =
  | 'string' | 'boolean' | 'number' | 'object' | 'array' | 'date' | 'blob' | 'any'
  | 'byte' | 'short' | 'integer' | 'long' | 'bigInteger';

export interface Bounds {
  min?: number;
  max?: number;
}

export interface Rule {
  kind: string;
  members: readonly string[];
  when?: string;
}

/** A schema node, or a reference to a shape's node (a function, so recursive shapes can refer to themselves). */
export type Schema = SchemaNode | (() => SchemaNode);

export interface SchemaNode {
  scType?: ScType;
  /** String length in code points. */
  scLength?: Bounds;
  /** `test` is the pattern's compiled form; it runs only on a string within `length`. */
  scPattern?: { pattern: string; length?: Bounds; test: (value: string) => boolean };
  scCount?: Bounds & { unit: 'items' | 'entries' };
  scBytes?: Bounds;
  scRange?: Bounds & { type: ScType };
  scEnum?: readonly (string | number)[];
  scUnique?: boolean;
  scRule?: Rule;
  scUnion?: readonly string[];
  properties?: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  /** `false`: no members but `properties`; a schema: every entry's value (maps). */
  additionalProperties?: false | Schema;
  propertyNames?: Schema;
  items?: Schema;
  allOf?: readonly Schema[];
  /**
   * `{ if: { type: 'null' }, else: item }` lets null through (sparse collections);
   * `{ if: { scUndefined: true }, else: member }` lets undefined through (a `__proto__` member,
   * which `check` reaches through `patternProperties`, even when its value is undefined).
   */
  if?: { type?: 'null'; scUndefined?: true };
  else?: Schema;
}

/** The whole-number types with a fixed range; `bigInteger` has none. Shared with the `check` keywords. */
export const INTEGER_LIMITS: Partial<Record<ScType, [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-(2 ** 63), 2 ** 63 - 1],
};

const TYPE_NAMES: Record<ScType, string> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  date: 'a valid Date',
  blob: 'a Uint8Array or a string',
  any: 'any value',
  byte: 'a byte (-128 to 127)',
  short: 'a short (-32768 to 32767)',
  integer: 'an integer (-2147483648 to 2147483647)',
  long: 'a long (a whole number within ±2^63)',
  bigInteger: 'a whole number',
};

function describeBounds(b: Bounds, unit: string): string {
  if (b.min !== undefined && b.max !== undefined) return `between ${b.min} and ${b.max}${unit}`;
  return b.min !== undefined ? `at least ${b.min}${unit}` : `at most ${b.max}${unit}`;
}

function ruleMessage(rule: Rule): string {
  const list = rule.members.map((m) => `'${m}'`).join(', ');
  switch (rule.kind) {
    case 'atMostOneOf':
      return `at most one of ${list} may be set`;
    case 'exactlyOneOf':
      return `exactly one of ${list} must be set`;
    case 'allOrNone':
      return `either all or none of ${list} must be set`;
    default:
      return `when '${rule.when}' is set, ${list} must be set too`;
  }
}

type Bag = Record<string, unknown>;

function isPlainObject(v: unknown): v is Bag {
  return typeof v == 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** A member counts as set when it is an own property whose value is not undefined. */
const isSet = (o: Bag, key: string) => o[key] !== undefined && hasOwn(o, key);

function hasType(type: ScType, v: unknown): boolean {
  switch (type) {
    case 'string':
    case 'boolean':
    case 'number':
      return typeof v == type;
    case 'object':
      return isPlainObject(v);
    case 'array':
      return Array.isArray(v);
    case 'date':
      return v instanceof Date && !isNaN(v.getTime());
    case 'blob':
      return v instanceof Uint8Array || typeof v == 'string';
    case 'any':
      return true;
    default: {
      const limits = INTEGER_LIMITS[type];
      return typeof v == 'number' && Number.isInteger(v) && (!limits || (v >= limits[0] && v <= limits[1]));
    }
  }
}

const outside = (n: number, b: Bounds) => (b.min !== undefined && n < b.min) || (b.max !== undefined && n > b.max);

/** How many of `members` are set on `o`. */
function countSet(o: Bag, members: readonly string[]): number {
  let n = 0;
  for (const m of members) if (isSet(o, m)) n++;
  return n;
}

function pointer(path: string, key: string | number): string {
  // Escaping is rare (member names are identifiers; map keys seldom hold `~` or `/`).
  if (typeof key == 'number' || (key.indexOf('~') < 0 && key.indexOf('/') < 0)) return `${path}/${key}`;
  return `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

const utf8 = /* @__PURE__ */ new TextEncoder();

/**
 * The most issues `explain` lists. A value from the network can break one constraint per item of
 * a huge list (a million in a 3 MB request): listing them all costs time and memory in proportion.
 * A value that breaks this many is reported by its first `MAX_ISSUES` problems, and a caller that
 * gets exactly `MAX_ISSUES` should say "N or more". No honest input comes close, so every problem
 * of a normal input is still listed (a mock server sends back fewer, see server.ts).
 */
export const MAX_ISSUES = 10_000;

/** Whether the walk can stop: nothing more will be listed. */
const full = (issues: ValidationIssue[]) => issues.length >= MAX_ISSUES;

function add(issues: ValidationIssue[], path: string, constraint: string, message: string): void {
  if (!full(issues)) issues.push({ path, constraint, message });
}

/**
 * Every issue of a value `check` rejected (up to `MAX_ISSUES`), in the order the schema states its
 * constraints. Never empty: should this interpreter and `check` ever disagree, the value is still
 * reported invalid (with an issue that says so) rather than passed as valid.
 */
export function explain(schema: Schema, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  visit(schema, value, '', issues);
  if (issues.length === 0) add(issues, '', 'schema', 'does not match its schema, though no single constraint could be named (a shapecraft bug: please report it)');
  return issues;
}

// Written without closures: explaining runs on every rejected request a mock server receives.
function visit(schema: Schema, value: unknown, path: string, issues: ValidationIssue[]): void {
  if (full(issues)) return;
  const node = typeof schema == 'function' ? schema() : schema;
  if (node.if) {
    const letThrough = node.if.type === 'null' ? value === null : value === undefined;
    if (!letThrough && node.else) visit(node.else, value, path, issues);
    return;
  }
  if (node.scType && !hasType(node.scType, value)) {
    add(issues, path, 'type', `must be ${TYPE_NAMES[node.scType]}`);
    return;
  }
  if (node.allOf) for (const sub of node.allOf) visit(sub, value, path, issues);
  if (typeof value == 'string') {
    const p = node.scPattern;
    // Counted once: the length and the pattern's own length bound are usually the same.
    const length = node.scLength || p?.length ? codePoints(value) : 0;
    if (node.scLength && outside(length, node.scLength)) {
      add(issues, path, 'length', `length must be ${describeBounds(node.scLength, ' characters')}`);
    }
    // A string already too long is never handed to the pattern, which might backtrack on it.
    if (p && !(p.length && outside(length, p.length)) && !p.test(value)) {
      add(issues, path, 'pattern', `must match the pattern ${p.pattern}`);
    }
  }
  if (node.scEnum && typeof value == typeof node.scEnum[0] && !node.scEnum.includes(value as string | number)) {
    add(issues, path, 'enum', `must be one of: ${node.scEnum.join(', ')}`);
  }
  if (node.scBytes && (value instanceof Uint8Array || typeof value == 'string')) {
    const bytes = value instanceof Uint8Array ? value.byteLength : utf8.encode(value).byteLength;
    if (outside(bytes, node.scBytes)) add(issues, path, 'length', `length must be ${describeBounds(node.scBytes, ' bytes')}`);
  }
  const range = node.scRange;
  // NaN compares false with everything, so it breaks any range, as Smithy's range requires.
  if (range && hasType(range.type, value) && !((range.min === undefined || (value as number) >= range.min) && (range.max === undefined || (value as number) <= range.max))) {
    add(issues, path, 'range', `must be ${describeBounds(range, '')}`);
  }
  if (Array.isArray(value)) visitList(node, value, path, issues);
  if (isPlainObject(value)) visitObject(node, value, path, issues);
}

/**
 * How far over its maximum a list or map may be and still have its items checked. One further
 * over is reported for its count alone: it is no near miss, and walking its items would cost in
 * proportion (a million items, or hundreds of long strings against a backtracking pattern) to
 * list problems no caller needs. A list just over its maximum (51 tags of 50) still has every
 * item checked and reported.
 */
const NEAR_MISS = 100;

const farOverMax = (n: number, b: Bounds | undefined) => b?.max !== undefined && n > b.max + NEAR_MISS;

function visitList(node: SchemaNode, value: unknown[], path: string, issues: ValidationIssue[]): void {
  if (node.scCount?.unit === 'items' && outside(value.length, node.scCount)) {
    add(issues, path, 'length', `must have ${describeBounds(node.scCount, ' items')}`);
    if (farOverMax(value.length, node.scCount)) return;
  }
  if (node.items) for (let i = 0; i < value.length && !full(issues); i++) visit(node.items, value[i], pointer(path, i), issues);
  if (node.scUnique && !full(issues) && new Set(value.map(canonicalJson)).size !== value.length) {
    add(issues, path, 'uniqueItems', 'must not contain duplicate items');
  }
}

function visitObject(node: SchemaNode, value: Bag, path: string, issues: ValidationIssue[]): void {
  const keys = Object.keys(value);
  if (node.scCount?.unit === 'entries' && outside(keys.length, node.scCount)) {
    add(issues, path, 'length', `must have ${describeBounds(node.scCount, ' entries')}`);
    if (farOverMax(keys.length, node.scCount)) return;
  }
  const properties = node.properties;
  if (node.required) {
    for (const key of node.required) if (!isSet(value, key)) add(issues, pointer(path, key), 'required', `'${key}' is required`);
  }
  // Declared members by name, so a member set as a non-enumerable own property is checked too.
  if (properties) for (const key of Object.keys(properties)) if (isSet(value, key)) visit(properties[key], value[key], pointer(path, key), issues);
  for (const key of keys) {
    if (full(issues)) return;
    const declared = properties !== undefined && hasOwn(properties, key);
    if (!declared && node.additionalProperties === false) add(issues, pointer(path, key), 'unknownMember', `'${key}' is not a known member`);
    else if (!declared && node.additionalProperties) visit(node.additionalProperties, value[key], pointer(path, key), issues);
    if (node.propertyNames) {
      // Problems with a map key are reported at the entry, and say they are about the key.
      const first = issues.length;
      visit(node.propertyNames, key, pointer(path, key), issues);
      for (let i = first; i < issues.length; i++) issues[i].message = `key ${issues[i].message}`;
    }
  }
  const rule = node.scRule;
  if (rule) {
    const count = countSet(value, rule.members);
    const broken =
      rule.kind === 'atMostOneOf' ? count > 1
      : rule.kind === 'exactlyOneOf' ? count !== 1
      : rule.kind === 'allOrNone' ? count !== 0 && count !== rule.members.length
      : isSet(value, rule.when!) && count !== rule.members.length;
    if (broken) add(issues, path, rule.kind, ruleMessage(rule));
  }
  if (node.scUnion && countSet(value, node.scUnion) !== 1) add(issues, path, 'union', 'exactly one member must be set');
}
