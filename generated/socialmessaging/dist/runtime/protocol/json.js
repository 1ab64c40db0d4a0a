/**
 * JSON bodies, both directions, driven by the schema: wire names (`jsonName`), timestamps (epoch
 * seconds unless the model says otherwise), blobs as base64, non-finite floats as strings, unions,
 * documents. The mock server reads requests and writes responses with it; the client's generated
 * serde (serialize.ts, deserialize.ts) does the same for its two directions.
 */
import { fromBase64, toBase64, toBytes } from './base64.js';
import { getOwn, isObject, SerdeError, setOwn } from './data.js';
import { $number } from './deserialize.js';
import { resolve } from './schema.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';
/** A value as the caller holds it → a JSON-ready value. */
export function toJson(ref, value, format = 'epoch-seconds') {
    const schema = resolve(ref);
    switch (schema) {
        case 'string':
        case 'mediaString':
            return expect(value, 'string');
        case 'boolean':
            return expect(value, 'boolean');
        case 'number':
            expect(value, 'number');
            return Number.isFinite(value) ? value : String(value);
        case 'blob':
            return toBase64(toBytes(value));
        case 'timestamp':
            return formatTimestamp(value, format);
        case 'document':
            return value;
    }
    if (schema.type === 'list' || schema.type === 'map')
        return convertCollection(schema, value, toJson);
    if (!isObject(value))
        throw new SerdeError(`expected a ${schema.type}`);
    return membersToJson(schema.members, value);
}
/** A JSON value from the wire → the value the caller gets (Date, Uint8Array, numbers, ...). */
export function fromJson(ref, value, format = 'epoch-seconds') {
    const schema = resolve(ref);
    switch (schema) {
        case 'string':
        case 'mediaString':
            return expect(value, 'string');
        case 'boolean':
            return expect(value, 'boolean');
        case 'number':
            return $number(value);
        case 'blob':
            return fromBase64(expect(value, 'string'));
        case 'timestamp':
            return parseTimestamp(value, format);
        case 'document':
            return value;
    }
    if (schema.type === 'list' || schema.type === 'map')
        return convertCollection(schema, value, fromJson);
    if (!isObject(value))
        throw new SerdeError(`expected a ${schema.type}`);
    const out = membersFromJson(schema.members, value);
    if (schema.type === 'union' && Object.keys(out).length === 0) {
        // A member this client does not know yet (the service is newer): keep it rather than fail.
        const unknown = Object.keys(value).find((k) => k !== '__type' && value[k] !== null);
        if (unknown !== undefined)
            return { $unknown: [unknown, value[unknown]] };
    }
    return out;
}
/** Lists and maps: convert each item; null items are kept only in sparse collections. */
function convertCollection(schema, value, convert) {
    if (schema.type === 'list') {
        if (!Array.isArray(value))
            throw new SerdeError('expected a list');
        const out = [];
        for (const item of value) {
            if (item !== null && item !== undefined)
                out.push(convert(schema.member, item, schema.format));
            else if (schema.sparse)
                out.push(null);
        }
        return out;
    }
    if (!isObject(value))
        throw new SerdeError('expected a map');
    const out = {};
    for (const key of Object.keys(value)) {
        const item = value[key];
        if (item !== null && item !== undefined)
            setOwn(out, key, convert(schema.value, item, schema.format));
        else if (schema.sparse)
            setOwn(out, key, null);
    }
    return out;
}
/** Members of a structure or union as a JSON object; absent and null members are left out. */
export function membersToJson(members, value) {
    return convertMembers(members, value, {}, 'out', toJson);
}
export function membersFromJson(members, value, out = {}) {
    return convertMembers(members, value, out, 'in', fromJson);
}
/** Going out, member names become wire names (`jsonName`); coming in, the reverse. */
function convertMembers(members, value, out, direction, convert) {
    for (const m of members) {
        const wire = m.jsonName ?? m.name;
        const item = getOwn(value, direction === 'out' ? m.name : wire);
        if (item !== null && item !== undefined)
            setOwn(out, direction === 'out' ? wire : m.name, convert(m.target, item, m.format));
    }
    return out;
}
function expect(value, type) {
    if (typeof value !== type)
        throw new SerdeError(`expected a ${type}`);
    return value;
}
//# sourceMappingURL=json.js.map