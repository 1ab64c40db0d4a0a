/**
 * HTTP-level pieces the client's generated serde and the mock server share: the request and
 * response parts, RFC 3986 escaping for labels and query strings, and list-valued headers.
 */
import { SerdeError } from './data.js';
/** One DNS label: letters, digits and `-`, 1 to 63 characters, no `-` at either end. */
export const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/**
 * `encodeURIComponent` leaves `!'()*` alone; SigV4 and Smithy want them escaped too. A lone
 * surrogate has no UTF-8 form: that is the caller's value, not a crash (encodeURIComponent's URIError).
 */
export function escapeUri(text) {
    try {
        return escapeReserved(encodeURIComponent(text));
    }
    catch {
        throw new SerdeError('expected well-formed Unicode text (it holds a lone surrogate, which has no UTF-8 form)');
    }
}
/** Escapes just `!'()*`, in text that is otherwise escaped already. */
export function escapeReserved(text) {
    return text.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** List items in one header: `a, b` with items that hold `,` or `"` quoted (RFC 9110). */
export function joinHeaderList(items) {
    return items.map((s) => (/[,"]/.test(s) ? `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"` : s)).join(', ');
}
/**
 * The reverse of `joinHeaderList`. An HTTP date holds a comma itself (`Mon, 16 Dec 2019 ...`), so a
 * list of them is split on every second comma.
 */
export function splitHeaderList(text, httpDates) {
    const items = [];
    let i = 0;
    while (i < text.length) {
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        if (text[i] === '"') {
            let item = '';
            i++;
            while (i < text.length && text[i] !== '"') {
                if (text[i] === '\\')
                    i++;
                item += text[i++] ?? '';
            }
            items.push(item);
            i = text.indexOf(',', i);
        }
        else {
            let end = text.indexOf(',', i);
            if (httpDates && end !== -1)
                end = text.indexOf(',', end + 1);
            items.push(text.slice(i, end === -1 ? text.length : end).trim());
            i = end;
        }
        if (i === -1)
            break;
        i++;
    }
    return items;
}
/** Header names are case-insensitive; generated code keeps the model's casing. */
export function findHeader(headers, name) {
    const lower = name.toLowerCase();
    for (const key of Object.keys(headers))
        if (key.toLowerCase() === lower)
            return headers[key];
    return undefined;
}
/** Sets a header unless one of that name, in any case, is there already. */
export function setDefaultHeader(headers, name, value) {
    if (findHeader(headers, name) === undefined)
        headers[name] = value;
}
//# sourceMappingURL=http.js.map