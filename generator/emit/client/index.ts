/**
 * The client emitter: a typed restJson1 client whose requests and responses are written and read by
 * code generated from the model's HTTP bindings, on the runtime in `templates/runtime/{protocol,client}`.
 *
 *   src/client/serde.ts                 se_X/de_X per aggregate shape a request or response carries
 *   src/client/sensitivity.ts           where inputs and outputs hold sensitive values (if anywhere)
 *   src/client/schemas.ts               serde schemas as data, for the mock server
 *   src/client/errors.ts                base exception + one class per error shape
 *   src/client/service.ts               service definition + method-less base client
 *   src/client/operations/<Op>.ts       definition + standalone function per operation
 *   src/client/index.ts                 the client class, one method per operation
 *   src/runtime/{protocol,client}/      the runtime, copied
 *   src/runtime/checksum/               Content-MD5, only when some operation requires a checksum
 */
import type { Emitter } from '../emitter.ts';
import { renderClientIndex, renderService } from './clientFiles.ts';
import { renderErrors } from './errorClasses.ts';
import { needsChecksum, renderOperation } from './operationFiles.ts';
import { runtimeFiles } from './runtimeFiles.ts';
import { indexShapes, renderSchemas } from './schemaLiterals.ts';
import { renderSensitivity, sensitiveShapes } from './sensitivity.ts';
import { serdeContext, renderSerde } from './serde/shapeFunctions.ts';

export const emitClient: Emitter = (ir) => {
  const shapes = indexShapes(ir);
  const ctx = { ...serdeContext(shapes), qualifier: '$serde.' } as const;
  const sensitive = sensitiveShapes(shapes);
  // Operations and errors first: serde.ts holds the shape functions they turned out to call.
  const operations = ir.operations.map((op) => ({ path: `src/client/operations/${op.name}.ts`, contents: renderOperation(ir, ctx, sensitive, op) }));
  const errors = { path: 'src/client/errors.ts', contents: renderErrors(ir, ctx) };
  return [
    { path: 'src/client/schemas.ts', contents: renderSchemas(ir) },
    { path: 'src/client/serde.ts', contents: renderSerde(ir, ctx) },
    ...(sensitive.size > 0 ? [{ path: 'src/client/sensitivity.ts', contents: renderSensitivity(ir, shapes, sensitive) }] : []),
    errors,
    { path: 'src/client/service.ts', contents: renderService(ir) },
    ...operations,
    { path: 'src/client/index.ts', contents: renderClientIndex(ir, shapes) },
    ...runtimeFiles('protocol'),
    ...runtimeFiles('client'),
    ...(needsChecksum(ir) ? runtimeFiles('checksum') : []),
  ];
};
