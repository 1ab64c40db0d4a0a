import type { HttpMethod, OperationIR } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { compact, preview } from '../common/index.ts';
import { importHostPrefix, importRequestCompression } from '../common/operationTraits.ts';
import type { BotoContext } from './context.ts';
import { DEPRECATION_KEYS, deprecationOf } from './deprecation.ts';
import type { BotoOperation, BotoRef } from './model.ts';
import { unknownKeys } from './model.ts';

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
  for (const key of unknownKeys(op, OPERATION_KEYS)) note(key, `not representable in the IR: ${preview(op[key])}`);
  const endpoint = (op.endpoint ?? {}) as Record<string, unknown>;
  for (const key of unknownKeys(endpoint, new Set(['hostPrefix']))) note(`endpoint.${key}`, `not representable in the IR: ${preview(endpoint[key])}`);
  const compression = (op.requestcompression ?? {}) as Record<string, unknown>;
  for (const key of unknownKeys(compression, new Set(['encodings']))) note(`requestcompression.${key}`, `not representable in the IR: ${preview(compression[key])}`);
  const inputMembers = Object.keys((op.input && ctx.model.shapes[op.input.shape]?.members) ?? {});
  for (const key of unknownKeys(op.http, new Set(['method', 'requestUri', 'responseCode']))) {
    note(`http.${key}`, `not representable in the IR: ${preview(op.http[key])}`);
  }
  for (const [io, ref] of [['input', op.input], ['output', op.output]] as const) {
    for (const key of unknownKeys(ref ?? { shape: '' }, new Set(['shape']))) {
      note(`${io}.${key}`, `not representable in the IR: ${preview(ref![key])}`);
    }
  }
  let method = op.http.method.toUpperCase();
  if (!HTTP_METHODS.has(method)) {
    note('http.method', `unknown method ${preview(op.http.method)}; POST used`);
    method = 'POST';
  }
  return compact({
    name: ctx.names.get(sourceName),
    docs: htmlToMarkdown(op.documentation),
    deprecated: deprecationOf(op),
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
