/**
 * The mock server faces untrusted input. Every limit here turns an abusive request into a prompt
 * 4xx before any expensive work: a huge body, deep nesting (stack depth in the parser and the
 * validators), and long strings, which matter because real AWS patterns such as
 * `arn:.*:iam::\d{12}:role\/...` backtrack quadratically on crafted input and have no length
 * limit of their own (8 KiB keeps the worst case near 60 ms; 32 KiB would take half a second).
 */
/**
 * Every field is a positive number; a field left out, or set to undefined, keeps its default (a
 * limit is never turned off by accident). `createMockServer` throws on any other value.
 */
export interface MockLimits {
    /**
     * Largest request body accepted, in bytes (413 beyond, decompressed size included). A response
     * sent before the body was read whole closes the connection, so the rest is never read either.
     */
    maxBodyBytes: number;
    /** Deepest JSON nesting accepted (objects and arrays). */
    maxDepth: number;
    /** Longest string accepted anywhere in a request: body, labels, query values, headers. */
    maxStringLength: number;
    /**
     * Time a client may take to send a whole request, headers and body (408 beyond). Checked at
     * least once a second, so it fires within a second of running out.
     */
    requestTimeoutMs: number;
    /** Time a handler may take to settle its promise: beyond, the request is answered 500 InternalFailure. */
    handlerTimeoutMs: number;
}
export declare const DEFAULT_LIMITS: Readonly<MockLimits>;
/**
 * The limits in force: each given field, else its default. Merged field by field because a spread
 * would let `{ maxBodyBytes: undefined }` (say, from an unset environment variable) replace the
 * default and switch the limit off. A value that is not a positive finite number, or a field
 * that is not a limit (a typo), is a mistake the caller must hear about before the server starts.
 */
export declare function resolveLimits(given: Partial<MockLimits> | undefined): MockLimits;
/**
 * Nesting depth of raw JSON text, counted in one pass before `JSON.parse` and before any recursive
 * walk. String lengths are checked after parsing (`hasLongString`), when blobs (long base64 text
 * that no pattern applies to) have become bytes and no longer count.
 */
export declare function tooDeep(text: string, maxDepth: number): boolean;
/** Every string in a parsed value (blobs are bytes by now and do not count). */
export declare function hasLongString(value: unknown, limit: number, depth?: number): boolean;
//# sourceMappingURL=limits.d.ts.map