/**
 * The client emitter: a typed restJson1 client driven by compact per-operation schema data and the
 * generic runtime in `templates/runtime/{protocol,client}`.
 *
 *   src/client/schemas.ts               serde schemas of the aggregate shapes
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

export const emitClient: Emitter = (ir) => {
  const shapes = indexShapes(ir);
  return [
    { path: 'src/client/schemas.ts', contents: renderSchemas(ir) },
    { path: 'src/client/errors.ts', contents: renderErrors(ir) },
    { path: 'src/client/service.ts', contents: renderService(ir) },
    ...ir.operations.map((op) => ({ path: `src/client/operations/${op.name}.ts`, contents: renderOperation(ir, shapes, op) })),
    { path: 'src/client/index.ts', contents: renderClientIndex(ir, shapes) },
    ...runtimeFiles('protocol'),
    ...runtimeFiles('client'),
    ...(needsChecksum(ir) ? runtimeFiles('checksum') : []),
  ];
};
