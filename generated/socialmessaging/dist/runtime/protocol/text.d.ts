import { type SchemaRef, type TimestampFormat } from './schema.js';
/** A scalar as it appears in a header, label or query value. */
export declare function scalarToText(ref: SchemaRef, value: unknown, format: TimestampFormat, inHeader: boolean): string;
export declare function textToScalar(ref: SchemaRef, text: string, format: TimestampFormat, inHeader: boolean): unknown;
//# sourceMappingURL=text.d.ts.map