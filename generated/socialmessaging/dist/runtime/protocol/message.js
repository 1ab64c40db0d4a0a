/**
 * The parts of a restJson1 message that requests and responses share (headers, prefix headers, the
 * payload member or the JSON body), as the mock server reads requests and writes responses and
 * errors. `request.ts` adds the URI, `response.ts` the status code.
 */
import { fromUtf8, toBytes } from './base64.js';
import { getOwn, isObject, SerdeError, setOwn } from './data.js';
import { $json } from './deserialize.js';
import { joinHeaderList, setDefaultHeader, splitHeaderList } from './http.js';
import { scalarToText, textToScalar } from './text.js';
import { fromJson, membersFromJson, membersToJson, toJson } from './json.js';
import { setHeader } from './serialize.js';
import { bodyMembers, payloadMember, resolve } from './schema.js';
/** Writes `value`'s header members into `headers` and returns the body (undefined: no body). */
export function writeMessage(schema, value, headers) {
    for (const m of schema.members) {
        const item = getOwn(value, m.name);
        if (item === undefined || item === null)
            continue;
        if (m.header)
            setHeader(headers, m.header, headerText(m, item));
        else if (m.prefixHeaders !== undefined && isObject(item)) {
            const valueSchema = resolve(m.target);
            const target = typeof valueSchema === 'object' && valueSchema.type === 'map' ? valueSchema.value : 'string';
            for (const key of Object.keys(item)) {
                const v = item[key];
                if (v !== undefined && v !== null)
                    setHeader(headers, m.prefixHeaders + key, scalarToText(target, v, 'http-date', true));
            }
        }
    }
    const payload = payloadMember(schema);
    if (payload)
        return writePayload(payload, getOwn(value, payload.name), headers);
    const members = bodyMembers(schema);
    if (members.length === 0)
        return undefined;
    setDefaultHeader(headers, 'Content-Type', 'application/json');
    return JSON.stringify(membersToJson(members, value));
}
function headerText(m, item) {
    const target = resolve(m.target);
    if (typeof target === 'object' && target.type === 'list') {
        if (!Array.isArray(item))
            throw new SerdeError(`${m.name}: expected a list`);
        const format = target.format ?? m.format ?? 'http-date';
        const texts = item.map((v) => scalarToText(target.member, v, format, true));
        // HTTP dates hold a comma of their own and are never quoted: readers split them pairwise.
        return resolve(target.member) === 'timestamp' ? texts.join(', ') : joinHeaderList(texts);
    }
    return scalarToText(target, item, m.format ?? 'http-date', true);
}
function writePayload(m, item, headers) {
    const target = resolve(m.target);
    if (target === 'blob') {
        if (item === undefined || item === null)
            return undefined;
        setDefaultHeader(headers, 'Content-Type', m.mediaType ?? 'application/octet-stream');
        return toBytes(item);
    }
    if (target === 'string' || target === 'mediaString') {
        if (item === undefined || item === null)
            return undefined;
        setDefaultHeader(headers, 'Content-Type', m.mediaType ?? 'text/plain');
        return String(item);
    }
    // An unset union payload sends no body; an unset structure payload still sends `{}` (Smithy).
    if (item === undefined || item === null) {
        if (typeof target === 'object' && target.type === 'structure') {
            setDefaultHeader(headers, 'Content-Type', 'application/json');
            return '{}';
        }
        return undefined;
    }
    setDefaultHeader(headers, 'Content-Type', 'application/json');
    return JSON.stringify(toJson(target, item, m.format));
}
/**
 * Reads a message into `out`. `headers` must have lower-case names (as fetch and node:http give
 * them). Throws SerdeError when a value does not have its modeled type.
 */
export function readMessage(schema, headers, body, out) {
    for (const m of schema.members) {
        if (m.header) {
            const text = getOwn(headers, m.header.toLowerCase());
            if (typeof text === 'string')
                setOwn(out, m.name, readHeader(m, text));
        }
        else if (m.prefixHeaders !== undefined) {
            const prefix = m.prefixHeaders.toLowerCase();
            const map = {};
            const mapSchema = resolve(m.target);
            const target = typeof mapSchema === 'object' && mapSchema.type === 'map' ? mapSchema.value : 'string';
            for (const name of Object.keys(headers)) {
                if (name.startsWith(prefix))
                    setOwn(map, name.slice(prefix.length), textToScalar(target, headers[name], 'http-date', true));
            }
            if (Object.keys(map).length > 0)
                setOwn(out, m.name, map);
        }
    }
    const payload = payloadMember(schema);
    if (payload) {
        const value = readPayload(payload, body);
        if (value !== undefined)
            setOwn(out, payload.name, value);
        return out;
    }
    const members = bodyMembers(schema);
    if (members.length === 0 || body.length === 0)
        return out;
    const json = $json(body);
    if (!isObject(json))
        throw new SerdeError('expected a JSON object body');
    return membersFromJson(members, json, out);
}
function readHeader(m, text) {
    const target = resolve(m.target);
    if (typeof target === 'object' && target.type === 'list') {
        const format = target.format ?? m.format ?? 'http-date';
        const itemSchema = resolve(target.member);
        const items = text.trim() === '' ? [] : splitHeaderList(text, itemSchema === 'timestamp' && format === 'http-date');
        return items.map((item) => textToScalar(itemSchema, item, format, true));
    }
    return textToScalar(target, text, m.format ?? 'http-date', true);
}
function readPayload(m, body) {
    const target = resolve(m.target);
    if (body.length === 0)
        return undefined;
    if (target === 'blob')
        return body;
    if (target === 'string' || target === 'mediaString')
        return fromUtf8(body);
    return fromJson(target, $json(body), m.format);
}
//# sourceMappingURL=message.js.map