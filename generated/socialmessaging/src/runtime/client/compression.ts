/**
 * Request compression (Smithy's `requestCompression` trait), as AWS SDKs do it: a body of at least
 * `requestMinCompressionSizeBytes` (default `DEFAULT_MIN_BYTES`, below) is gzipped, unless `disableRequestCompression`
 * (or `AWS_DISABLE_REQUEST_COMPRESSION=true`) says not to, and `gzip` is appended to the
 * `Content-Encoding` the caller set. Node's `node:zlib` where the runtime has it, else the Web's
 * `CompressionStream`; with neither, the body is sent as it is (compression is an optimisation).
 */
import { utf8 } from '../protocol/base64.js';
import type { HttpRequestParts } from '../protocol/http.js';
import type { ClientConfig } from './client.js';
import { nodeBuiltin } from './platform.js';
import { environment } from './credentials.js';

/** The smallest body compressed by default; the docs emitter states it too. */
export const DEFAULT_MIN_BYTES = 10_240;
/** AWS SDKs refuse a minimum above 10 MiB. */
const MAX_MIN_BYTES = 10_485_760;

interface NodeZlib {
  gzip(data: Uint8Array, callback: (error: Error | null, result: Uint8Array) => void): void;
}

async function gzip(data: Uint8Array): Promise<Uint8Array | undefined> {
  const z = nodeBuiltin<NodeZlib>('node:zlib');
  if (z) {
    const out = await new Promise<Uint8Array>((resolve, reject) => z.gzip(data, (error, result) => (error ? reject(error) : resolve(result))));
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
  if (typeof CompressionStream !== 'function') return undefined;
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The configured minimum size, checked: a wrong one is a mistake to report, not to guess around. */
function minCompressionBytes(config: Pick<ClientConfig, 'requestMinCompressionSizeBytes'>): number {
  const env = environment().AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES;
  const min = config.requestMinCompressionSizeBytes ?? (env ? Number(env) : DEFAULT_MIN_BYTES);
  if (!Number.isInteger(min) || min < 0 || min > MAX_MIN_BYTES) {
    throw new RangeError(`requestMinCompressionSizeBytes must be a whole number from 0 to ${MAX_MIN_BYTES}, not ${min}`);
  }
  return min;
}

/** The request step of an operation that accepts a gzipped body. */
export async function gzipRequest(request: HttpRequestParts, config: ClientConfig): Promise<void> {
  const disabled = config.disableRequestCompression ?? environment().AWS_DISABLE_REQUEST_COMPRESSION === 'true';
  if (disabled || request.body === undefined) return;
  const body = typeof request.body === 'string' ? utf8(request.body) : request.body;
  if (body.length < minCompressionBytes(config)) return;
  const compressed = await gzip(body);
  if (!compressed) return;
  request.body = compressed;
  const name = Object.keys(request.headers).find((h) => h.toLowerCase() === 'content-encoding');
  if (name && request.headers[name]) request.headers[name] += ', gzip';
  else request.headers[name ?? 'content-encoding'] = 'gzip';
}
