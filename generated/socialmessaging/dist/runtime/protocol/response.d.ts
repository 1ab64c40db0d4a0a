/** Responses as the mock server writes them. (The client reads them with generated code, see deserialize.ts.) */
import { type Bag } from './data.js';
import type { HttpResponseParts } from './http.js';
import type { OperationSchema } from './schema.js';
export declare function serializeResponse(op: OperationSchema, output: Bag): HttpResponseParts;
//# sourceMappingURL=response.d.ts.map