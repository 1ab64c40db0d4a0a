import type { HttpRequestParts } from '../protocol/http.js';
import type { ClientConfig } from './client.js';
/** The smallest body compressed by default; the docs emitter states it too. */
export declare const DEFAULT_MIN_BYTES = 10240;
/** The request step of an operation that accepts a gzipped body. */
export declare function gzipRequest(request: HttpRequestParts, config: ClientConfig): Promise<void>;
//# sourceMappingURL=compression.d.ts.map