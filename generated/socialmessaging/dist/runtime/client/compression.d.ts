import type { HttpRequestParts } from '../protocol/http.js';
import type { ClientConfig } from './client.js';
/** The configured minimum size, checked: a wrong one is a mistake to report, not to guess around. */
export declare function minCompressionBytes(config: Pick<ClientConfig, 'requestMinCompressionSizeBytes'>): number;
/** The request step of an operation that accepts a gzipped body. */
export declare function gzipRequest(request: HttpRequestParts, config: ClientConfig): Promise<void>;
//# sourceMappingURL=compression.d.ts.map