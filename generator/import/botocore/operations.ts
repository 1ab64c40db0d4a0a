import type { HttpMethod, OperationIR } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { compact, noteUnknownKeys, preview } from '../common/index.ts';
import { importHostPrefix, importRequestCompression } from '../common/operationTraits.ts';
import type { BotoContext } from './context.ts';
import { DEPRECATION_KEYS, deprecationOf } from './deprecation.ts';
import type { BotoOperation, BotoRef } from './model.ts';

const OPERATION_KEYS = new Set([
  'name', 'http', 'input', 'output', 'errors', 'documentation', 'idempotent', 'readonly', 'endpoint', 'httpChecksumRequired',
  'requestcompression', ...DEPRECATION_KEYS,
]);
const HTTP_METHODS = new Set<string>(['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);

/**
 * One botocore operation. `ioName` resolves the input/output shape, creating the synthetic empty
 * structure when the model has none.
 */
export function importOperation(
  ctx: BotoContext,
  sourceName: string,
  op: BotoOperation,
  ioName: (ref: BotoRef | undefined, suffix: 'Input' | 'Output') => string,
): OperationIR {
  const note = ctx.report.forShape(sourceName);
  noteUnknownKeys(note, op, OPERATION_KEYS);
  const endpoint = (op.endpoint ?? {}) as Record<string, unknown>;
  noteUnknownKeys(note, endpoint, new Set(['hostPrefix']), 'endpoint.');
  const compression = (op.requestcompression ?? {}) as Record<string, unknown>;
  noteUnknownKeys(note, compression, new Set(['encodings']), 'requestcompression.');
  const inputMembers = Object.keys((op.input && ctx.model.shapes[op.input.shape]?.members) ?? {});
  noteUnknownKeys(note, op.http, new Set(['method', 'requestUri', 'responseCode']), 'http.');
  for (const [io, ref] of [['input', op.input], ['output', op.output]] as const) noteUnknownKeys(note, ref ?? {}, new Set(['shape']), `${io}.`);
  let method = op.http.method.toUpperCase();
  if (!HTTP_METHODS.has(method)) {
    note('http.method', `unknown method ${preview(op.http.method)}; POST used`);
    method = 'POST';
  }
  return compact({
    name: ctx.names.get(sourceName),
    docs: htmlToMarkdown(op.documentation),
    deprecated: deprecationOf(op, note),
    http: { method: method as HttpMethod, uri: op.http.requestUri, code: op.http.responseCode ?? 200 },
    input: ioName(op.input, 'Input'),
    output: ioName(op.output, 'Output'),
    errors: [...new Set((op.errors ?? []).map((e) => ctx.names.get(e.shape)))],
    idempotent: op.idempotent === true ? true : undefined,
    readonly: op.readonly === true ? true : undefined,
    hostPrefix: importHostPrefix(endpoint.hostPrefix, inputMembers, 'endpoint.hostPrefix', note),
    httpChecksumRequired: op.httpChecksumRequired === true ? true : undefined,
    requestCompression: importRequestCompression(compression.encodings, 'requestcompression.encodings', note),
    examples: [],
  });
}

/** `Shape.locationName` for every `{label+}` of an operation URI, keyed by the input shape. */
export function greedyLabelsOf(operations: Iterable<BotoOperation>): Set<string> {
  const greedy = new Set<string>();
  for (const op of operations) {
    if (!op.input) continue;
    for (const match of op.http.requestUri.matchAll(/\{([^}]+)\+\}/g)) greedy.add(`${op.input.shape}.${match[1]}`);
  }
  return greedy;
}
