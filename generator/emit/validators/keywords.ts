/**
 * shapecraft's AJV keywords. Each generates inline code (AJV `code` keywords), so the standalone
 * validators need no AJV at run time. They exist where JSON Schema's own keywords would change the
 * meaning Smithy gives a constraint, or would be slower or unsafe:
 *
 * - `scType`: Smithy types, including JavaScript values JSON Schema cannot name (Date, Uint8Array)
 *   and NaN/Infinity for floats, which AJV's `type: number` rejects.
 * - `scLength`: string length in Unicode code points. AJV counts code points on every string; we
 *   use `length` (UTF-16 units) to decide most cases exactly, since code points ≤ units ≤ 2 × code
 *   points, and count only in the band where the two can disagree.
 * - `scPattern`: the pattern runs only when the length constraint passed, so an over-long string is
 *   never handed to a backtracking regular expression (AJV's `allErrors` would run it anyway).
 * - `scCount`, `scBytes`, `scRange`, `scEnum`, `scUnique`: the remaining constraints with messages
 *   that never include the value, which may be a secret.
 * - `scRule`, `scUnion`: cross-member rules and "exactly one member" of unions.
 */
import type { Ajv, KeywordCxt } from 'ajv';
import { _, type Code, type Name } from 'ajv';
import { and, not, or, stringify } from 'ajv/dist/compile/codegen/index.js';
import { canonicalJson } from '../../../templates/runtime/inline/canonicalJson.ts';
import { codePoints } from '../../../templates/runtime/inline/codePoints.ts';
import { linearTest, type LinearProgram } from '../../../templates/runtime/inline/linearTest.ts';
import { inlineSource } from './inlineSource.ts';
import type { ProgramSource } from './linearProgram.ts';

export type ScType =
  | 'string' | 'boolean' | 'number' | 'object' | 'array' | 'date' | 'blob' | 'any'
  | 'byte' | 'short' | 'integer' | 'long' | 'bigInteger';

const INTEGER_LIMITS: Record<string, [number, number] | undefined> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  long: [-(2 ** 63), 2 ** 63 - 1],
  bigInteger: undefined,
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

export interface Bounds {
  min?: number;
  max?: number;
}

function describe(b: Bounds, unit: string): string {
  if (b.min !== undefined && b.max !== undefined) return `between ${b.min} and ${b.max}${unit}`;
  return b.min !== undefined ? `at least ${b.min}${unit}` : `at most ${b.max}${unit}`;
}

/** Counts code points: a surrogate pair is one, a lone surrogate is one. */
function codePointsFunction(gen: KeywordCxt['gen']): Name {
  return gen.scopeValue('func', {
    key: 'codePoints',
    ref: codePoints,
    code: inlineSource('codePoints'),
  });
}


/** The code of "the string's length in code points breaks `b`", deciding from `.length` where it can. */
function lengthBroken(cxt: KeywordCxt, b: Bounds): Code {
  const { gen, data } = cxt;
  const cp = codePointsFunction(gen);
  const parts: Code[] = [];
  if (b.max !== undefined) parts.push(_`(${data}.length > ${b.max} && (${data}.length > ${2 * b.max} || ${cp}(${data}) > ${b.max}))`);
  if (b.min !== undefined && b.min > 0) parts.push(_`(${data}.length < ${2 * b.min} && (${data}.length < ${b.min} || ${cp}(${data}) < ${b.min}))`);
  return parts.length === 0 ? _`false` : or(...parts);
}

/**
 * The code of "the linear-time engine finds the pattern in the string": the engine function and
 * the compiled program become module-level constants of the standalone validator.
 */
function linearMatch(cxt: KeywordCxt, source: ProgramSource): Code {
  const { gen, data } = cxt;
  const engine = gen.scopeValue('func', { key: 'linearTest', ref: linearTest, code: inlineSource('linearTest') });
  const classes = source.classes.map((c) => ('regExp' in c ? new RegExp(c.regExp, 'u') : c));
  const classCode = source.classes.map((c) => ('regExp' in c ? _`/* @__PURE__ */ new RegExp(${c.regExp}, "u")` : _`${stringify(c)}`));
  const program: LinearProgram = { insts: source.insts, classes };
  const programName = gen.scopeValue('obj', {
    key: JSON.stringify(source),
    ref: program,
    code: _`/* @__PURE__ */ Object.freeze({insts: ${stringify(source.insts)}, classes: [${classCode.reduce((a, b) => _`${a}, ${b}`)}]})`,
  });
  return _`${engine}(${programName}, ${data})`;
}

/**
 * A pattern as a module-level RegExp. Marked pure so that a bundler can drop it with the
 * validators that are not used (every operation's validators share one module).
 */
function nativePattern(cxt: KeywordCxt, pattern: string): Name {
  return cxt.gen.scopeValue('pattern', {
    key: pattern,
    ref: new RegExp(pattern, 'u'),
    code: _`/* @__PURE__ */ new RegExp(${pattern}, "u")`,
  });
}

function isPlainObject(data: Name | Code): Code {
  return _`typeof ${data} == "object" && ${data} !== null && !Array.isArray(${data}) && !(${data} instanceof Date) && !(${data} instanceof Uint8Array)`;
}

function typeCheck(type: ScType, data: Name): Code {
  switch (type) {
    case 'string':
      return _`typeof ${data} == "string"`;
    case 'boolean':
      return _`typeof ${data} == "boolean"`;
    case 'number':
      return _`typeof ${data} == "number"`;
    case 'object':
      return isPlainObject(data);
    case 'array':
      return _`Array.isArray(${data})`;
    case 'date':
      return _`${data} instanceof Date && !isNaN(${data}.getTime())`;
    case 'blob':
      return _`${data} instanceof Uint8Array || typeof ${data} == "string"`;
    case 'any':
      return _`true`;
    default: {
      const limits = INTEGER_LIMITS[type];
      const whole = _`typeof ${data} == "number" && Number.isInteger(${data})`;
      return limits ? and(whole, _`${data} >= ${limits[0]} && ${data} <= ${limits[1]}`) : whole;
    }
  }
}

/** Registers the keywords on an AJV instance that compiles validators. */
export function addShapecraftKeywords(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'scType',
    schemaType: 'string',
    code(cxt) {
      cxt.fail(not(typeCheck(cxt.schema as ScType, cxt.data)));
    },
    error: {
      message: ({ schema }) => `must be ${TYPE_NAMES[schema as ScType]}`,
      params: () => _`{constraint: "type"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scLength',
    schemaType: 'object',
    code(cxt) {
      cxt.fail(and(_`typeof ${cxt.data} == "string"`, lengthBroken(cxt, cxt.schema as Bounds)));
    },
    error: {
      message: ({ schema }) => `length must be ${describe(schema as Bounds, ' characters')}`,
      params: () => _`{constraint: "length"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scPattern',
    schemaType: 'object',
    code(cxt) {
      const { pattern, length, linear, nativeBelow } = cxt.schema as { pattern: string; length?: Bounds; linear?: ProgramSource; nativeBelow?: number };
      const lengthOk = length ? not(lengthBroken(cxt, length)) : _`true`;
      const native = () => _`${nativePattern(cxt, pattern)}.test(${cxt.data})`;
      // Short strings, the usual case, go to the native engine where its worst case is still small.
      const matches = !linear
        ? native()
        : nativeBelow !== undefined
          ? _`(${cxt.data}.length < ${nativeBelow} ? ${native()} : ${linearMatch(cxt, linear)})`
          : linearMatch(cxt, linear);
      cxt.fail(and(_`typeof ${cxt.data} == "string"`, lengthOk, not(matches)));
    },
    error: {
      message: ({ schema }) => `must match the pattern ${(schema as { pattern: string }).pattern}`,
      params: () => _`{constraint: "pattern"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scCount',
    schemaType: 'object',
    code(cxt) {
      const { min, max, unit } = cxt.schema as Bounds & { unit: 'items' | 'entries' };
      const size = unit === 'items' ? _`${cxt.data}.length` : _`Object.keys(${cxt.data}).length`;
      const applies = unit === 'items' ? _`Array.isArray(${cxt.data})` : isPlainObject(cxt.data);
      const broken: Code[] = [];
      if (max !== undefined) broken.push(_`${size} > ${max}`);
      if (min !== undefined) broken.push(_`${size} < ${min}`);
      cxt.fail(and(applies, or(...broken)));
    },
    error: {
      message: ({ schema }) => `must have ${describe(schema as Bounds, ` ${(schema as { unit: string }).unit}`)}`,
      params: () => _`{constraint: "length"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scBytes',
    schemaType: 'object',
    code(cxt) {
      const { min, max } = cxt.schema as Bounds;
      const { gen, data } = cxt;
      const encoder = gen.scopeValue('obj', { key: 'utf8', ref: new TextEncoder(), code: _`/* @__PURE__ */ new TextEncoder()` });
      const size = _`(${data} instanceof Uint8Array ? ${data}.byteLength : ${encoder}.encode(${data}).byteLength)`;
      const broken: Code[] = [];
      if (max !== undefined) broken.push(_`${size} > ${max}`);
      if (min !== undefined) broken.push(_`${size} < ${min}`);
      cxt.fail(and(_`(${data} instanceof Uint8Array || typeof ${data} == "string")`, or(...broken)));
    },
    error: {
      message: ({ schema }) => `length must be ${describe(schema as Bounds, ' bytes')}`,
      params: () => _`{constraint: "length"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scRange',
    schemaType: 'object',
    code(cxt) {
      const { min, max, type } = cxt.schema as Bounds & { type: ScType };
      const within: Code[] = [];
      if (min !== undefined) within.push(_`${cxt.data} >= ${min}`);
      if (max !== undefined) within.push(_`${cxt.data} <= ${max}`);
      // Only a value of the right type is held to the range (a wrong one is scType's to report).
      // NaN compares false with everything, so it breaks any range, as Smithy's range requires.
      cxt.fail(and(typeCheck(type, cxt.data), not(and(...within))));
    },
    error: {
      message: ({ schema }) => `must be ${describe(schema as Bounds, '')}`,
      params: () => _`{constraint: "range"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scEnum',
    schemaType: 'array',
    code(cxt) {
      const values = cxt.schema as (string | number)[];
      const { gen, data } = cxt;
      const set = gen.scopeValue('obj', { key: JSON.stringify(values), ref: new Set(values), code: _`/* @__PURE__ */ new Set(${stringify(values)})` });
      // Only values of the enum's own type are compared; the wrong type is scType's to report.
      cxt.fail(_`typeof ${data} == ${typeof values[0]} && !${set}.has(${data})`);
    },
    error: {
      message: ({ schema }) => `must be one of: ${(schema as unknown[]).join(', ')}`,
      params: () => _`{constraint: "enum"}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scUnique',
    schemaType: 'boolean',
    code(cxt) {
      const { gen, data } = cxt;
      const canonical = gen.scopeValue('func', {
        key: 'canonicalJson',
        ref: canonicalJson,
        code: inlineSource('canonicalJson'),
      });
      cxt.fail(_`Array.isArray(${data}) && new Set(${data}.map(${canonical})).size !== ${data}.length`);
    },
    error: { message: 'must not contain duplicate items', params: () => _`{constraint: "uniqueItems"}` },
  });

  ajv.addKeyword({
    keyword: 'scRule',
    schemaType: 'object',
    code(cxt) {
      const { kind, members, when } = cxt.schema as { kind: string; members: string[]; when?: string };
      const { data } = cxt;
      const present = (m: string) => _`(${data}[${m}] !== undefined && Object.prototype.hasOwnProperty.call(${data}, ${m}))`;
      const count = _`(${members.map((m) => _`(${present(m)} ? 1 : 0)`).reduce((a, b) => _`${a} + ${b}`)})`;
      let broken: Code;
      switch (kind) {
        case 'atMostOneOf':
          broken = _`${count} > 1`;
          break;
        case 'exactlyOneOf':
          broken = _`${count} !== 1`;
          break;
        case 'allOrNone':
          broken = _`${count} !== 0 && ${count} !== ${members.length}`;
          break;
        default:
          broken = and(present(when!), _`${count} !== ${members.length}`);
      }
      cxt.fail(and(isPlainObject(data), broken));
    },
    error: {
      message: ({ schema }) => ruleMessage(schema as { kind: string; members: string[]; when?: string }),
      params: ({ schema }) => _`{constraint: ${(schema as { kind: string }).kind}}`,
    },
  });

  ajv.addKeyword({
    keyword: 'scUnion',
    schemaType: 'array',
    code(cxt) {
      const members = cxt.schema as string[];
      const { data } = cxt;
      const set = members.map((m) => _`(${data}[${m}] !== undefined && Object.prototype.hasOwnProperty.call(${data}, ${m}) ? 1 : 0)`);
      cxt.fail(and(isPlainObject(data), _`${set.reduce((a, b) => _`${a} + ${b}`)} !== 1`));
    },
    error: { message: 'exactly one member must be set', params: () => _`{constraint: "union"}` },
  });
}


export function ruleMessage(rule: { kind: string; members: string[]; when?: string }): string {
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
