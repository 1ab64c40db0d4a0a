/**
 * Serde schemas: the plain-data description of shapes and operations that the mock server's
 * generic restJson1 runtime reads (requests in, responses and errors out). The client emitter
 * writes one constant per aggregate shape; scalars are named inline. The client itself does not
 * read them: its operations carry serializers generated from the same model (`src/client/serde.ts`).
 */
export function resolve(ref) {
    return typeof ref === 'function' ? ref() : ref;
}
/** Members that travel in the JSON body (no HTTP binding). */
export function bodyMembers(schema) {
    return schema.members.filter(isBodyMember);
}
export function isBodyMember(m) {
    return !(m.label || m.query || m.queryParams || m.header || m.prefixHeaders !== undefined || m.payload || m.statusCode);
}
export function payloadMember(schema) {
    return schema.members.find((m) => m.payload);
}
//# sourceMappingURL=schema.js.map