/**
 * `src/client/errors.ts`: the service's base exception and one class per error shape. A class
 * carries its modeled members as properties, `$fault`, `$metadata` and `$retryable`; statically, its
 * wire identity (`info`), which the runtime recognises it by, and `deserialize`, generated from the
 * model, which reads its members from a response.
 */
import { typeNameOf } from '../../ir/names.ts';
import type { ServiceIR, StructureShapeIR } from '../../ir/types.ts';
import { docComment, lineComment, propertyName, stringLiteral } from '../ts/literals.ts';
import { baseExceptionName } from './naming.ts';
import { namedImport } from '../ts/layout.ts';
import { objectLiteral } from './schemaLiterals.ts';
import { helperImports, serdeImport } from './serde/helperImports.ts';
import { readMembers, responseParameters } from './serde/messageCode.ts';
import type { SerdeContext } from './serde/shapeFunctions.ts';

export function errorShapes(ir: ServiceIR): StructureShapeIR[] {
  return ir.shapes.filter((s): s is StructureShapeIR => s.type === 'structure' && s.error !== undefined);
}

/** Properties an Error already has, or that a class cannot declare: set at run time, not declared. */
const UNDECLARABLE = new Set(['message', 'name', 'stack', 'cause', 'constructor', 'prototype', '__proto__', '$fault', '$metadata', '$retryable']);

function errorInfo(shape: StructureShapeIR): string {
  const e = shape.error!;
  const fields: [string, string][] = [['name', stringLiteral(shape.name)]];
  if (e.code !== undefined && e.code !== shape.name) fields.push(['code', stringLiteral(e.code)]);
  fields.push(['fault', stringLiteral(e.fault)]);
  if (e.retryable) fields.push(['retryable', 'true']);
  if (e.throttling) fields.push(['throttling', 'true']);
  return objectLiteral(fields, '  ');
}

function deserializer(ctx: SerdeContext, shape: StructureShapeIR): string {
  const body = [...readMembers(ctx, shape, '    '), 'return out;'];
  const uses = responseParameters(shape);
  const param = (name: 'headers' | 'body', type: string) => `${uses[name] ? name : `_${name}`}: ${type}`;
  return (
    `  static deserialize(${param('headers', 'Record<string, string>')}, ${param('body', 'Uint8Array')}): $Bag {\n` +
    body.map((line) => `    ${line}`).join('\n') +
    `\n  }\n`
  );
}

/** The class, and the code of its `deserialize` alone: only that decides the file's imports. */
function errorClass(ir: ServiceIR, ctx: SerdeContext, shape: StructureShapeIR): { code: string; deserialize: string } {
  const name = typeNameOf(shape.name);
  const deserialize = deserializer(ctx, shape);
  const e = shape.error!;
  const declared = shape.members
    .filter((m) => !UNDECLARABLE.has(m.name))
    .map((m) => `${docComment([m.docs], '  ')}  declare readonly ${propertyName(m.name)}?: $types.${name}[${stringLiteral(m.name)}];`);
  const code =
    docComment([shape.docs, `HTTP ${e.httpStatus}, ${e.fault} fault${e.throttling ? ', throttling' : e.retryable ? ', retryable' : ''}.`]) +
    `export class ${name} extends ${baseExceptionName(ir)} {\n` +
    `  static readonly info: $ErrorInfo = ${errorInfo(shape)};\n` +
    (declared.length > 0 ? `${declared.join('\n')}\n` : '') +
    // Partial: an error is built from whatever the response carried, and a service may leave out
    // a member its model calls required; the class must also fit ErrorClass for any model.
    // Name, fault and retry traits come from \`info\`: one short constructor per class.
    `\n  constructor(members: Partial<$types.${name}> = {}, $metadata: $ResponseMetadata = {}) {\n` +
    `    super($modeledInit(${name}.info, members, $metadata));\n  }\n\n` +
    `  /** The members an error response carries (\`headers\` with lower-case names). */\n` +
    deserialize +
    `}\n`;
  return { code, deserialize };
}

export function renderErrors(ir: ServiceIR, ctx: SerdeContext): string {
  const shapes = errorShapes(ir);
  const classes = shapes.map((s) => errorClass(ir, ctx, s));
  // Doc comments hold model text: imports follow the deserializers' code only.
  const code = classes.map((c) => c.deserialize).join('\n');
  const imports = [
    // Imports are named with `$`, as no model name is: Lambda has an error named ServiceException.
    namedImport(
      [...(shapes.length > 0 ? ['modeledInit as $modeledInit', 'type ResponseMetadata as $ResponseMetadata'] : []), 'ServiceException as $ServiceException'],
      '../runtime/client/exceptions.js',
    ),
  ];
  if (shapes.length > 0) {
    // Type names too: a model may name an error Bag or ErrorInfo.
    imports.push(`import type { Bag as $Bag } from '../runtime/protocol/data.js';`);
    imports.push(...helperImports(code, '../runtime'));
    imports.push(`import type { ErrorInfo as $ErrorInfo } from '../runtime/protocol/schema.js';`);
    imports.push(`import type * as $types from '../types.js';`);
    imports.push(...serdeImport(code, './serde.js'));
  }
  const base =
    docComment([`Base class of every error a ${ir.title} call can throw: modeled errors extend it, and an error the model does not declare is an instance of it.`]) +
    `export class ${baseExceptionName(ir)} extends $ServiceException {}\n`;
  return [`${lineComment(`Errors of ${ir.title} (${ir.version}), generated by shapecraft from the model. Do not edit.`)}\n${imports.join('\n')}\n`, base, ...classes.map((c) => c.code)].join('\n');
}
