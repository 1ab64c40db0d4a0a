/**
 * Compressed request bodies: an operation that accepts compression (Smithy's `requestCompression`)
 * may receive a gzipped body with `gzip` last in `Content-Encoding`, as the client sends it. The
 * server decodes it under the body limit (a small gzip can expand enormously) and takes `gzip` off
 * the header, so a member bound to `Content-Encoding` sees what the caller set.
 */
import { gunzipSync } from 'node:zlib';
import type { OperationDefinition } from '../client/client.js';
import { gzipRequest } from '../client/compression.js';

export class EncodingError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** The body as the operation's parser must see it; `headers` loses the `gzip` it decoded. */
export function decodeBody(definition: OperationDefinition<unknown, unknown>, headers: Record<string, string>, body: Buffer, maxBytes: number): Buffer {
  const codings = (headers['content-encoding'] ?? '').split(',').map((c) => c.trim());
  if (codings.at(-1)?.toLowerCase() !== 'gzip' || !definition.prepare?.includes(gzipRequest)) return body;
  let decoded: Buffer;
  try {
    decoded = gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new EncodingError(413, `the decompressed body is larger than ${maxBytes} bytes`);
    throw new EncodingError(400, 'the body is not valid gzip');
  }
  const rest = codings.slice(0, -1).join(', ');
  if (rest) headers['content-encoding'] = rest;
  else delete headers['content-encoding'];
  return decoded;
}
