/**
 * `src/client/operations/<Operation>.ts`: per operation, its request serializer and response
 * deserializer (generated from the HTTP bindings), its definition (those, the errors and the
 * validators) and a standalone function `op(client, input, options)`. Importing one such function
 * pulls in only that operation's serde functions, errors and input validator: it sends a definition
 * without the output validator, which only `validateResponses` runs and which can be larger than
 * all the rest (a list operation's output), and without the serde schemas only the mock server
 * reads. The exported definition adds both through a pure call, so a bundle that does not use the
 * definition drops them too.
 */
import { operationFunctionName, typeNameOf } from '../../ir/names.ts';
import type { OperationIR, ServiceIR, StructureShapeIR } from '../../ir/types.ts';
import { namedImport, wrap } from '../ts/layout.ts';
import { docComment, stringLiteral } from '../ts/literals.ts';
import { baseClientClassName, baseExceptionName, operationConstName, validatorNames } from './naming.ts';
import type { ShapeIndex } from './schemaLiterals.ts';
import { redactionField } from './sensitivity.ts';
import { helperImports, serdeImport } from './serde/helperImports.ts';
import { deserializeBody, readsInput, idempotencyTokenMembers, responseParameters, serializeBody, structureOf } from './serde/messageCode.ts';
import type { SerdeContext } from './serde/shapeFunctions.ts';

/** The `errors: [...]` field of a definition at `indent`. */
const errorsField = (items: string[], indent: string) => `${indent}errors: ${wrap('[', items, ']', indent, { around: 'errors: ,'.length })},`;

/** Operation errors, then the service-wide ones, without repeats. */
export function errorsOf(ir: ServiceIR, op: OperationIR): string[] {
  return [...new Set([...op.errors, ...ir.errors])];
}

/** An input with no required member may be left out. */
function inputIsOptional(shapes: ShapeIndex, op: OperationIR): boolean {
  const input = shapes.get(op.input) as StructureShapeIR | undefined;
  return !input || input.members.every((m) => !m.required);
}

/**
 * The `input` parameter of a method or function. Left out, it is an empty input; written
 * `{} as Input` because TypeScript gives `{}` Object's members, which clash with a model member
 * named `toString` or `valueOf` of another type.
 */
export function inputParameter(shapes: ShapeIndex, op: OperationIR, type: string): string {
  return inputIsOptional(shapes, op) ? `input: ${type} = {} as ${type}` : `input: ${type}`;
}

export function operationDoc(op: OperationIR): (string | undefined)[] {
  const deprecated = op.deprecated ? `@deprecated${op.deprecated.since ? ` since ${op.deprecated.since}` : ''}${op.deprecated.message ? ` ${op.deprecated.message}` : ''}` : undefined;
  return [op.docs, deprecated];
}

/** The request steps an operation's traits call for, in the order they must run, with their imports. */
function requestSteps(op: OperationIR): { names: string[]; imports: string[] } {
  const steps: [string, string][] = [];
  if (op.requestCompression) steps.push(['gzipRequest', '../../runtime/client/compression.js']);
  // The checksum covers the body as sent, so it comes after compression.
  if (op.httpChecksumRequired) steps.push(['contentMd5', '../../runtime/checksum/contentMd5.js']);
  return { names: steps.map(([name]) => `$${name}`), imports: steps.map(([name, from]) => namedImport([`${name} as $${name}`], from)) };
}

/** Some operation needs `Content-MD5`: the package gets the checksum runtime (and its MD5 dependency). */
export function needsChecksum(ir: ServiceIR): boolean {
  return ir.operations.some((op) => op.httpChecksumRequired);
}

/** `function $name(params): returns {` + body + `}`; parameters it does not read are named with a leading `_`. */
function serdeFunction(doc: string, name: string, params: [string, string, boolean][], returns: string, body: string[]): string {
  const list = params.map(([param, type, used]) => `${used ? param : `_${param}`}: ${type}`).join(', ');
  return `${docComment([doc])}function ${name}(${list}): ${returns} {\n${body.map((line) => `  ${line}`).join('\n')}\n}\n`;
}

export function renderOperation(ir: ServiceIR, ctx: SerdeContext, sensitive: Set<string>, op: OperationIR): string {
  const inputType = typeNameOf(op.input);
  const outputType = typeNameOf(op.output);
  const errorShapes = errorsOf(ir, op);
  const errors = errorShapes.map(typeNameOf);
  const validators = validatorNames(op);
  const constName = operationConstName(op);
  const base = baseClientClassName(ir);
  const types = [...new Set([inputType, outputType])].sort();
  const inputParam = inputParameter(ctx.shapes, op, inputType);
  const steps = requestSteps(op);
  const tokens = idempotencyTokenMembers(ctx, op);
  const serialize = serdeFunction(
    `${op.name}'s input as an HTTP request, each member where the model binds it. The input has passed its validator.`,
    '$serialize',
    [['input', inputType, readsInput(ctx, op)]],
    '$HttpRequestParts',
    serializeBody(ctx, op),
  );
  const uses = responseParameters(structureOf(ctx, op.output));
  const deserialize = serdeFunction(
    `${op.name}'s output from a successful response (\`headers\` with lower-case names).`,
    '$deserialize',
    [
      ['status', 'number', uses.status],
      ['headers', 'Record<string, string>', uses.headers],
      ['body', 'Uint8Array', uses.body],
    ],
    '$Bag',
    deserializeBody(ctx, op),
  );
  const serdeCode = serialize + deserialize;
  const schemaField = [
    `    schema: {`,
    `      name: ${stringLiteral(op.name)},`,
    `      method: ${stringLiteral(op.http.method)},`,
    `      uri: ${stringLiteral(op.http.uri)},`,
    `      code: ${op.http.code},`,
    `      input: $schemas.${inputType},`,
    `      output: $schemas.${outputType},`,
    errorsField(errors.map((e) => `$schemas.${e}`), '      '),
    `    },`,
  ];
  const lines = [
    `// ${op.name}, generated by shapecraft from the model. Do not edit.`,
    // Values imported here are named with `$`, which no model name has (Smithy identifiers have
    // none): an operation named Schemas or HostPrefix must not collide with them.
    namedImport(
      ['type CallOptions as $CallOptions', 'completeDefinition as $completeDefinition', 'type OperationDefinition as $OperationDefinition'],
      '../../runtime/client/client.js',
    ),
    // Type names too: a model may name a shape Bag or HttpRequestParts.
    `import type { Bag as $Bag } from '../../runtime/protocol/data.js';`,
    `import type { HttpRequestParts as $HttpRequestParts } from '../../runtime/protocol/http.js';`,
    ...helperImports(serdeCode, '../../runtime'),
    namedImport(types, '../../types.js', true),
    namedImport([validators.input, validators.output], '../../validators/index.js'),
    ...(errors.length > 0 ? [namedImport(errors, '../errors.js')] : []),
    ...steps.imports,
    ...(op.hostPrefix === undefined ? [] : [namedImport(['hostPrefix as $hostPrefix'], '../../runtime/client/host.js')]),
    `import * as $schemas from '../schemas.js';`,
    ...serdeImport(serdeCode, '../serde.js'),
    ...(sensitive.has(op.input) || sensitive.has(op.output) ? [`import * as $sensitivity from '../sensitivity.js';`] : []),
    `import type { ${base} } from '../service.js';`,
    '',
    serialize,
    deserialize,
    // \`$\` keeps the name apart from every name a model can give (Smithy identifiers have none).
    `/** ${op.name} without its output validator and wire schema: what the standalone function sends. */`,
    `const $request: $OperationDefinition<${inputType}, ${outputType}> = {`,
    `  name: ${stringLiteral(op.name)},`,
    errorsField(errors, '  '),
    `  serialize: $serialize,`,
    `  deserialize: $deserialize,`,
    `  validateInput: ${validators.input},`,
    ...(tokens.length === 0 ? [] : [`  idempotencyTokens: [${tokens.map(stringLiteral).join(', ')}],`]),
    ...redactionField('redactInput', op.input, sensitive),
    ...(op.hostPrefix === undefined ? [] : [`  hostPrefix: /* @__PURE__ */ $hostPrefix(${stringLiteral(op.hostPrefix)}),`]),
    ...(steps.names.length === 0 ? [] : [`  prepare: [${steps.names.join(', ')}],`]),
    `};`,
    '',
    docComment([`${op.name} complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.`]) +
      `export const ${constName}: $OperationDefinition<${inputType}, ${outputType}> = /* @__PURE__ */ $completeDefinition($request, {`,
    `  validateOutput: ${validators.output},`,
    ...redactionField('redactOutput', op.output, sensitive),
    ...schemaField.map((line) => line.slice(2)),
    `});`,
    '',
    docComment([...operationDoc(op), `@throws {@link ${baseExceptionName(ir)}} or one of its modeled subclasses: ${errors.join(', ') || 'none'}.`]) +
      `export function ${operationFunctionName(op)}(client: ${base}, ${inputParam}, options?: $CallOptions): Promise<${outputType}> {`,
    `  return client.send($request, input, options);`,
    `}`,
    '',
  ];
  return lines.join('\n');
}
