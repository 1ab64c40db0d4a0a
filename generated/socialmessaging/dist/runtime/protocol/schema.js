/**
 * Serialisation schemas: the compact, plain-data description of shapes and operations that the
 * generic restJson1 runtime reads. The client emitter writes one constant per aggregate shape and
 * one per operation; scalars are named inline. Keeping the protocol logic in one small runtime and
 * the per-operation facts in data keeps a bundle that calls one operation small.
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