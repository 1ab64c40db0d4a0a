import { IDENTIFIER } from '../../ir/names.ts';
import type { OperationIR, ServiceIR } from '../../ir/types.ts';
import { wrap } from '../ts/layout.ts';
import { lineComment, objectKey, stringLiteral } from '../ts/literals.ts';
import { schemaDefinitions } from './jsonSchemaOf.ts';
import type { ProgramSource } from './linearProgram.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, Json>;

/**
 * `src/validators/explain.js`: the JSON Schema the `check` module is compiled from, as data for
 * the interpreter in `src/runtime/validation.ts`. One constant per shape, named `shape_<Name>`;
 * references become functions returning the referenced constant, so recursive shapes need no
 * patching and a bundler keeps exactly the shapes an operation reaches. Patterns become compiled
 * `test` functions: a native `u` RegExp, or the linear-time engine where the pattern could
 * backtrack badly, chosen exactly as in `check`.
 */
export function explainModule(ir: ServiceIR): string {
  const roots = ir.operations.flatMap((op) => [op.input, op.output]);
  const defs = schemaDefinitions(ir, roots);
  const printer = new SchemaPrinter();
  const shapes = Object.entries(defs).map(([name, schema]) => `const ${shapeConstant(name)} = ${printer.print(schema as Schema, '')};\n`);
  const exports = ir.operations.flatMap((op) => [exportLine(op, 'Input'), exportLine(op, 'Output')]);
  return [
    `${lineComment(`Schemas of ${ir.title} for explaining rejected values, written by shapecraft from the model. Do not edit.`)}\n`,
    printer.usesLinearEngine ? `import { linearTest } from "../runtime/inline/linearTest.js";\n` : '',
    ...printer.constants,
    ...shapes,
    ...exports,
  ].join('');
}

function exportLine(op: OperationIR, side: 'Input' | 'Output'): string {
  return `export const explain${op.name}${side} = ${shapeConstant(side === 'Input' ? op.input : op.output)};\n`;
}

/** Shape names are identifiers (the loader admits nothing else); the prefix keeps them off reserved words. */
function shapeConstant(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${JSON.stringify(name)}`);
  return `shape_${name}`;
}

class SchemaPrinter {
  /** Module-level RegExps and linear programs, each written once however often it is used. */
  readonly constants: string[] = [];
  usesLinearEngine = false;
  private readonly named = new Map<string, string>();

  /** `indent`: that of the line the schema starts on; its entries go one level deeper. */
  print(schema: Schema, indent: string): string {
    const inner = `${indent}  `;
    const entries: [string, string][] = [];
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'scPattern') entries.push([key, this.pattern(value as unknown as PatternKeyword, inner)]);
      else if (key === 'properties') entries.push([key, this.members(schema, inner)]);
      else if (key !== 'patternProperties') entries.push([key, this.value(value, inner)]);
    }
    return this.object(entries, indent);
  }

  /**
   * `properties`, with the one `patternProperties` entry jsonSchemaOf.ts writes (`^__proto__$`,
   * AJV's way of declaring that member) back as a member under a computed key.
   */
  private members(schema: Schema, indent: string): string {
    const properties = Object.entries(schema.properties as Record<string, Json>);
    const proto = (schema.patternProperties as Record<string, Json> | undefined)?.['^__proto__$'];
    if (proto !== undefined) properties.push(['__proto__', proto]);
    return this.object(properties.map(([name, value]) => [name, this.value(value, `${indent}  `)]), indent);
  }

  private value(value: Json, indent: string): string {
    if (Array.isArray(value)) {
      return wrap('[', value.map((v) => this.value(v, `${indent}  `)), ']', indent);
    }
    if (value !== null && typeof value == 'object') {
      const ref = value.$ref;
      if (typeof ref == 'string') return `() => ${shapeConstant(ref.replace('#/$defs/', ''))}`;
      return this.print(value, indent);
    }
    return typeof value == 'string' ? stringLiteral(value) : String(value);
  }

  private object(entries: [string, string][], indent: string): string {
    if (entries.length === 0) return '{}';
    return wrap('{', entries.map(([k, v]) => `${objectKey(k)}: ${v}`), '}', indent, { pad: ' ' });
  }

  /** `scPattern` with its `test`: the same engine choice as the `scPattern` keyword makes in `check`. */
  private pattern(keyword: PatternKeyword, indent: string): string {
    const regExp = this.constant(`pattern:${keyword.pattern}`, 'pattern', `/* @__PURE__ */ new RegExp(${stringLiteral(keyword.pattern)}, "u")`);
    let test = `(s) => ${regExp}.test(s)`;
    if (keyword.linear) {
      this.usesLinearEngine = true;
      const program = this.constant(`linear:${JSON.stringify(keyword.linear)}`, 'linear', programLiteral(keyword.linear));
      const linear = `linearTest(${program}, s)`;
      test = keyword.nativeBelow === undefined ? `(s) => ${linear}` : `(s) => (s.length < ${keyword.nativeBelow} ? ${regExp}.test(s) : ${linear})`;
    }
    const entries: [string, string][] = [['pattern', stringLiteral(keyword.pattern)]];
    if (keyword.length) entries.push(['length', this.value(keyword.length as unknown as Json, `${indent}  `)]);
    entries.push(['test', test]);
    return this.object(entries, indent);
  }

  private constant(key: string, prefix: string, code: string): string {
    let name = this.named.get(key);
    if (!name) {
      name = `${prefix}${this.named.size}`;
      this.named.set(key, name);
      this.constants.push(`const ${name} = ${code};\n`);
    }
    return name;
  }
}

interface PatternKeyword {
  pattern: string;
  length?: { min?: number; max?: number };
  linear?: ProgramSource;
  nativeBelow?: number;
}

function programLiteral(program: ProgramSource): string {
  const classes = program.classes.map((c) => ('regExp' in c ? `/* @__PURE__ */ new RegExp(${stringLiteral(c.regExp)}, "u")` : JSON.stringify(c)));
  return `{ insts: ${JSON.stringify(program.insts)}, classes: [${classes.join(', ')}] }`;
}
