/**
 * Error responses, both directions. The client finds the error code in `X-Amzn-ErrorType`, else the
 * body's `code` or `__type`, strips a namespace (`ns#Code`) and a `:uri` suffix, and maps it to the
 * operation's modeled errors; the mock server writes errors the way the service does.
 */
import { type Bag } from './data.js';
import type { HttpResponseParts } from './http.js';
import type { ErrorSchema } from './schema.js';
export declare function sanitizeErrorCode(raw: string): string;
export interface ParsedError {
    /** The modeled error, when the code names one this operation can return. */
    schema?: ErrorSchema;
    /** The sanitised wire code; empty when the response carried none. */
    code: string;
    message?: string;
    members: Bag;
}
/** Never throws: a malformed error response still becomes a ParsedError. */
export declare function parseError(errors: readonly ErrorSchema[], headers: Record<string, string>, body: Uint8Array): ParsedError;
export declare function serializeError(schema: ErrorSchema, members: Bag): HttpResponseParts;
//# sourceMappingURL=errors.d.ts.map