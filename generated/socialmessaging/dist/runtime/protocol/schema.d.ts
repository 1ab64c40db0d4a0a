/**
 * Serde schemas: the plain-data description of shapes and operations that the mock server's
 * generic restJson1 runtime reads (requests in, responses and errors out). The client emitter
 * writes one constant per aggregate shape; scalars are named inline. The client itself does not
 * read them: its operations carry serializers generated from the same model (`src/client/serde.ts`).
 */
export type TimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date';
/**
 * Scalar kinds. `mediaString` is a string with a media type: it travels base64-encoded in a header
 * (Smithy's rule), as plain text elsewhere. Enums are strings, int enums numbers on the wire.
 */
/** `integer`: byte, short, integer, long, bigInteger and intEnum, which travel as whole numbers; `number`: the rest. */
export type ScalarSchema = 'string' | 'mediaString' | 'integer' | 'number' | 'boolean' | 'blob' | 'timestamp' | 'document';
export interface ListSchema {
    type: 'list';
    member: SchemaRef;
    /** Wire format when the members are timestamps (the list member's `timestampFormat`). */
    format?: TimestampFormat;
    /** Sparse lists keep `null` members; dense lists drop them. */
    sparse?: true;
}
export interface MapSchema {
    type: 'map';
    value: SchemaRef;
    format?: TimestampFormat;
    sparse?: true;
}
/** Where a member travels; a member with none of these fields is in the JSON body. */
export interface MemberSchema {
    name: string;
    target: SchemaRef;
    /** JSON key when it differs from the member name. */
    jsonName?: string;
    /** Effective timestamp format: the member's trait, else the target shape's. */
    format?: TimestampFormat;
    label?: string;
    greedy?: true;
    query?: string;
    queryParams?: true;
    header?: string;
    prefixHeaders?: string;
    payload?: true;
    /** A blob or string payload's `mediaType`: its Content-Type instead of the default. */
    mediaType?: string;
    statusCode?: true;
}
export interface StructureSchema {
    type: 'structure' | 'union';
    members: MemberSchema[];
}
/** What a client needs to recognise an error and build its exception. */
export interface ErrorInfo {
    /** Shape name; also the name of the generated exception class. */
    name: string;
    /** Error code on the wire (`X-Amzn-ErrorType`, `__type`, `code`) when it is not the name. */
    code?: string;
    fault: 'client' | 'server';
    retryable?: true;
    throttling?: true;
}
/** An error structure with its wire identity. */
export interface ErrorSchema extends StructureSchema, ErrorInfo {
    status: number;
}
export type Schema = ScalarSchema | ListSchema | MapSchema | StructureSchema;
/** A function stands for a shape defined later (or recursively): constants cannot refer forward. */
export type SchemaRef = Schema | (() => Schema);
export declare function resolve(ref: SchemaRef): Schema;
export interface OperationSchema {
    name: string;
    method: string;
    /** Path template with `{label}` / `{label+}`, optionally followed by literal `?query` pairs. */
    uri: string;
    /** Status code of a successful response. */
    code: number;
    input: StructureSchema;
    output: StructureSchema;
    /** The errors the operation can answer, service-wide ones included. */
    errors: readonly ErrorSchema[];
}
/** Members that travel in the JSON body (no HTTP binding). */
export declare function bodyMembers(schema: StructureSchema): MemberSchema[];
export declare function isBodyMember(m: MemberSchema): boolean;
export declare function payloadMember(schema: StructureSchema): MemberSchema | undefined;
//# sourceMappingURL=schema.d.ts.map