/**
 * The mock server faces untrusted input. Every limit here turns an abusive request into a prompt
 * 4xx before any expensive work: a huge body, deep nesting (stack depth in the parser and the
 * validators), and long strings, which matter because real AWS patterns such as
 * `arn:.*:iam::\d{12}:role\/...` backtrack quadratically on crafted input and have no length
 * limit of their own (8 KiB keeps the worst case near 60 ms; 32 KiB would take half a second).
 */
export interface MockLimits {
    /** Largest request body accepted, in bytes (413 beyond). */
    maxBodyBytes: number;
    /** Deepest JSON nesting accepted (objects and arrays). */
    maxDepth: number;
    /** Longest string accepted anywhere in a request: body, labels, query values, headers. */
    maxStringLength: number;
    /** Time a client may take to send a whole request. */
    requestTimeoutMs: number;
}
export declare const DEFAULT_LIMITS: MockLimits;
/**
 * Nesting depth of raw JSON text, counted in one pass before `JSON.parse` and before any recursive
 * walk. String lengths are checked after parsing (`hasLongString`), when blobs (long base64 text
 * that no pattern applies to) have become bytes and no longer count.
 */
export declare function tooDeep(text: string, maxDepth: number): boolean;
/** Every string in a parsed value (blobs are bytes by now and do not count). */
export declare function hasLongString(value: unknown, limit: number, depth?: number): boolean;
//# sourceMappingURL=limits.d.ts.map