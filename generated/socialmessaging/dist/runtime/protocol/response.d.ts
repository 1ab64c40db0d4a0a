/** Responses, both directions: the client parses outputs, the mock server serialises them. */
import { type Bag } from './data.js';
import type { HttpResponseParts } from './http.js';
import type { OperationSchema } from './schema.js';
/** `headers` with lower-case names. Throws SerdeError on a body or header of the wrong type. */
export declare function parseResponse(op: OperationSchema, status: number, headers: Record<string, string>, body: Uint8Array): Bag;
export declare function serializeResponse(op: OperationSchema, output: Bag): HttpResponseParts;
//# sourceMappingURL=response.d.ts.map