import { type SchemaRef } from '../protocol/schema.js';
export declare function exampleValue(ref: SchemaRef, value: unknown): unknown;
//# sourceMappingURL=examples.d.ts.map