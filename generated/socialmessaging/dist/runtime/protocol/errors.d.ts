/**
 * Error responses, both directions. The client finds the error code in `X-Amzn-ErrorType`, else the
 * body's `code` or `__type`, and strips a namespace (`ns#Code`) and a `:uri` suffix; it maps the code
 * to the operation's modeled errors itself. The mock server writes errors the way the service does.
 */
import { type Bag } from './data.js';
import type { HttpResponseParts } from './http.js';
import type { ErrorSchema } from './schema.js';
export declare function sanitizeErrorCode(raw: string): string;
export interface ErrorCode {
    /** The sanitised wire code; empty when the response carried none. */
    code: string;
    message?: string;
    /** The body is a JSON object (the members can be read from it). */
    json: boolean;
}
/** Never throws: a malformed error response still has a (perhaps empty) code. */
export declare function readErrorCode(headers: Record<string, string>, body: Uint8Array): ErrorCode;
export declare function serializeError(schema: ErrorSchema, members: Bag): HttpResponseParts;
//# sourceMappingURL=errors.d.ts.map