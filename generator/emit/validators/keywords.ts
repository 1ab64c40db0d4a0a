/**
 * shapecraft's AJV keywords, for the `check` module. Each generates inline code (AJV `code`
 * keywords), so the standalone validators need no AJV at run time. `check` only answers valid or
 * not; the interpreter in templates/runtime/validation.ts gives the same keywords their messages
 * when it explains a rejected value, and must keep their meaning. They exist where JSON Schema's
 * own keywords would change the meaning Smithy gives a constraint, or would be slower or unsafe:
 *
 * - `scType`: Smithy types, including JavaScript values JSON Schema cannot name (Date, Uint8Array)
 *   and NaN/Infinity for floats, which AJV's `type: number` rejects.
 * - `scLength`: string length in Unicode code points. AJV counts code points on every string; we
 *   use `length` (UTF-16 units) to decide most cases exactly, since code points ≤ units ≤ 2 × code
 *   points, and count only in the band where the two can disagree.
 * - `scPattern`: the pattern runs only when the length constraint passed, so an over-long string is
 *   never handed to a backtracking regular expression.
 * - `scCount`, `scBytes`, `scRange`, `scEnum`, `scUnique`: the remaining constraints, each applied
 *   only to values of its own type.
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
import { type Bounds, INTEGER_LIMITS, type ScType } from '../../../templates/runtime/validation.ts';

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
  });

  ajv.addKeyword({
    keyword: 'scLength',
    schemaType: 'object',
    code(cxt) {
      cxt.fail(and(_`typeof ${cxt.data} == "string"`, lengthBroken(cxt, cxt.schema as Bounds)));
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
  });

  // Fails unless the value is undefined: `{ if: { scUndefined: true }, else: ... }` lets an
  // undefined `__proto__` member through (see jsonSchemaOf.ts), since undefined means not set.
  ajv.addKeyword({
    keyword: 'scUndefined',
    schemaType: 'boolean',
    code(cxt) {
      cxt.fail(_`${cxt.data} !== undefined`);
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
  });
}
