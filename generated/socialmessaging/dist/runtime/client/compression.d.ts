/**
 * Request compression (Smithy's `requestCompression` trait), as AWS SDKs do it: a body of at least
 * `requestMinCompressionSizeBytes` (default 10240) is gzipped, unless `disableRequestCompression`
 * (or `AWS_DISABLE_REQUEST_COMPRESSION=true`) says not to, and `gzip` is appended to the
 * `Content-Encoding` the caller set. Node's `node:zlib` where the runtime has it, else the Web's
 * `CompressionStream`; with neither, the body is sent as it is (compression is an optimisation).
 */
import type { HttpRequestParts } from '../protocol/http.js';
import type { ClientConfig } from './client.js';
/** The configured minimum size, checked: a wrong one is a mistake to report, not to guess around. */
export declare function minCompressionBytes(config: Pick<ClientConfig, 'requestMinCompressionSizeBytes'>): number;
/** The request step of an operation that accepts a gzipped body. */
export declare function gzipRequest(request: HttpRequestParts, config: ClientConfig): Promise<void>;
//# sourceMappingURL=compression.d.ts.map