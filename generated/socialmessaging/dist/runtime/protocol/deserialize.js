/**
 * The helpers generated response deserializers call (`src/client/serde.ts`, each operation's
 * `deserialize` and each error class's). A response comes from the network, so every value is
 * checked against its modeled type: one of the wrong type throws SerdeError, which the client
 * turns into a typed `ResponseParseError`, never a crash and never a wrongly typed output.
 */
import { fromBase64, fromUtf8 } from './base64.js';
import { getOwn, isObject, SerdeError, setOwn } from './data.js';
import { splitHeaderList } from './http.js';
/** `out[key] = value`, as an own property even for `__proto__`. */
export const $set = setOwn;
/** `out[key]` = the decoded `source[wire]`, when that is present (an own property, not null). */
export function $take(out, key, source, wire, decode) {
    const value = getOwn(source, wire);
    if (value !== undefined && value !== null)
        setOwn(out, key, decode(value));
}
export function $object(value) {
    if (!isObject(value))
        throw new SerdeError('expected a JSON object');
    return value;
}
export function $string(value) {
    if (typeof value !== 'string')
        throw new SerdeError('expected a string');
    return value;
}
export function $boolean(value) {
    if (typeof value !== 'boolean')
        throw new SerdeError('expected a boolean');
    return value;
}
const NON_FINITE = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
/** JSON has no NaN or Infinity: restJson1 sends them as strings. */
export function $number(value) {
    if (typeof value === 'string' && getOwn(NON_FINITE, value) !== undefined)
        return NON_FINITE[value];
    if (typeof value !== 'number')
        throw new SerdeError('expected a number');
    return value;
}
export function $base64(value) {
    return fromBase64($string(value));
}
/** A document is any JSON value, kept as it came. */
export function $document(value) {
    return value;
}
/** Dense lists drop null items; sparse lists keep them as null. */
export function $readList(value, decode, sparse) {
    if (!Array.isArray(value))
        throw new SerdeError('expected a list');
    const out = [];
    for (const item of value) {
        if (item !== null && item !== undefined)
            out.push(decode(item));
        else if (sparse)
            out.push(null);
    }
    return out;
}
export function $readMap(value, decode, sparse) {
    if (!isObject(value))
        throw new SerdeError('expected a map');
    const out = {};
    for (const key of Object.keys(value)) {
        const item = value[key];
        if (item !== null && item !== undefined)
            setOwn(out, key, decode(item));
        else if (sparse)
            setOwn(out, key, null);
    }
    return out;
}
/**
 * A union with none of the members this client knows: the service is newer than the model. The
 * member is kept as `$unknown: [name, value]` rather than failing the call.
 */
export function $unknownMember(out, source) {
    if (Object.keys(out).length > 0)
        return out;
    const name = Object.keys(source).find((key) => key !== '__type' && source[key] !== null);
    return name === undefined ? out : { $unknown: [name, source[name]] };
}
/** Any JSON value (a payload member); the text must be JSON. */
export function $json(body) {
    try {
        return JSON.parse(fromUtf8(body));
    }
    catch {
        throw new SerdeError('the body is not valid JSON');
    }
}
/** A string payload: the body as UTF-8 text. */
export function $text(body) {
    return fromUtf8(body);
}
/** A JSON object body; an empty body stands for `{}`. */
export function $jsonBody(body) {
    return body.length === 0 ? {} : $object($json(body));
}
/** Whole numbers as text: an optional minus and decimal digits, nothing else. */
const INTEGER_TEXT = /^-?[0-9]+$/;
/** Decimal numbers as text, with an optional fraction and exponent (`1.5`, `-2e-3`, `.5`). */
const FLOAT_TEXT = /^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/;
/**
 * Header, query or label text of a number member. `Number(text)` is far too lenient for a wire
 * format (it takes `0x10`, `0b1`, ` 10 ` and `''`): only decimal text is a number, plus
 * NaN, Infinity and -Infinity for floats (Smithy's spelling). A whole-number member (`integer`)
 * takes digits alone; without the kind (the default), decimal text of either kind passes and the
 * validators judge whole-ness.
 */
export function $numberText(text, kind = 'float') {
    const s = $string(text);
    if (kind === 'integer') {
        if (!INTEGER_TEXT.test(s))
            throw new SerdeError('expected a whole number');
        return Number(s);
    }
    if (getOwn(NON_FINITE, s) !== undefined)
        return NON_FINITE[s];
    if (!FLOAT_TEXT.test(s))
        throw new SerdeError('expected a number');
    return Number(s);
}
/** `$numberText` of a byte, short, integer, long or bigInteger member. */
export function $integerText(text) {
    return $numberText(text, 'integer');
}
/** `$numberText` of a float, double or bigDecimal member. */
export function $floatText(text) {
    return $numberText(text, 'float');
}
export function $booleanText(text) {
    if (text === 'true' || text === 'false')
        return text === 'true';
    throw new SerdeError('expected true or false');
}
/** A media-type string travels base64-encoded in a header (Smithy's rule). */
export function $mediaText(text) {
    return fromUtf8($base64(text));
}
/** A list header: items split as RFC 9110 quotes them, HTTP dates pairwise (they hold a comma). */
export function $headerList(text, decode, httpDates) {
    const s = $string(text);
    return s.trim() === '' ? [] : splitHeaderList(s, httpDates === true).map(decode);
}
/** Headers named `prefix` + key, as a map of key to value (Smithy's `httpPrefixHeaders`). */
export function $prefixed(out, key, headers, prefix, decode) {
    const map = {};
    for (const name of Object.keys(headers))
        if (name.startsWith(prefix))
            setOwn(map, name.slice(prefix.length), decode(headers[name]));
    if (Object.keys(map).length > 0)
        setOwn(out, key, map);
}
//# sourceMappingURL=deserialize.js.map