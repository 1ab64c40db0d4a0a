/** Responses as the mock server writes them. (The client reads them with generated code, see deserialize.ts.) */
import { type Bag } from './data.js';
import type { HttpResponseParts } from './http.js';
import type { ErrorSchema, OperationSchema } from './schema.js';
export declare function serializeResponse(op: OperationSchema, output: Bag): HttpResponseParts;
/** A modeled error as the service writes it: `X-Amzn-ErrorType`, its status, its members. */
export declare function serializeError(schema: ErrorSchema, members: Bag): HttpResponseParts;
//# sourceMappingURL=response.d.ts.map