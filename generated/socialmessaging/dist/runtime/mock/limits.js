/**
 * The mock server faces untrusted input. Every limit here turns an abusive request into a prompt
 * 4xx before any expensive work: a huge body, deep nesting (stack depth in the parser and the
 * validators), and long strings, which matter because real AWS patterns such as
 * `arn:.*:iam::\d{12}:role\/...` backtrack quadratically on crafted input and have no length
 * limit of their own (8 KiB keeps the worst case near 60 ms; 32 KiB would take half a second).
 */
export const DEFAULT_LIMITS = Object.freeze({
    // SendWhatsAppMessage takes a 2 MB blob, which is 2.7 MB as base64 in JSON.
    maxBodyBytes: 4 * 1024 * 1024,
    maxDepth: 32,
    maxStringLength: 8 * 1024,
    requestTimeoutMs: 10_000,
    handlerTimeoutMs: 30_000,
});
/**
 * The limits in force: each given field, else its default. Merged field by field because a spread
 * would let `{ maxBodyBytes: undefined }` (say, from an unset environment variable) replace the
 * default and switch the limit off. A value that is not a positive finite number, or a field
 * that is not a limit (a typo), is a mistake the caller must hear about before the server starts.
 */
export function resolveLimits(given) {
    const limits = { ...DEFAULT_LIMITS };
    for (const [name, value] of Object.entries(given ?? {})) {
        if (!Object.hasOwn(DEFAULT_LIMITS, name)) {
            throw new TypeError(`mock server limits: '${name}' is not a limit (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
        }
        if (value === undefined)
            continue;
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
            throw new RangeError(`mock server limits: ${name} must be a positive finite number, got ${String(value)}`);
        }
        limits[name] = value;
    }
    return limits;
}
/**
 * Nesting depth of raw JSON text, counted in one pass before `JSON.parse` and before any recursive
 * walk. String lengths are checked after parsing (`hasLongString`), when blobs (long base64 text
 * that no pattern applies to) have become bytes and no longer count.
 */
export function tooDeep(text, maxDepth) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c /* \ */)
                    i++;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            if (++depth > maxDepth)
                return true;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */)
            depth--;
    }
    return false;
}
/** Every string in a parsed value (blobs are bytes by now and do not count). */
export function hasLongString(value, limit, depth = 0) {
    if (typeof value === 'string')
        return value.length > limit;
    if (depth > 64 || value === null || typeof value !== 'object' || value instanceof Uint8Array || value instanceof Date)
        return false;
    const items = Array.isArray(value) ? value : Object.keys(value).flatMap((k) => [k, value[k]]);
    return items.some((item) => hasLongString(item, limit, depth + 1));
}
//# sourceMappingURL=limits.js.map