/** A request as the protocol layer builds or reads it; `path` and `query` are already encoded. */
export interface HttpRequestParts {
    method: string;
    path: string;
    /** Encoded query string without the leading `?`; empty when there is none. */
    query: string;
    headers: Record<string, string>;
    body?: string | Uint8Array;
}
export interface HttpResponseParts {
    status: number;
    headers: Record<string, string>;
    body?: string | Uint8Array;
}
/** One DNS label: letters, digits and `-`, 1 to 63 characters, no `-` at either end. */
export declare const DNS_LABEL: RegExp;
/**
 * `encodeURIComponent` leaves `!'()*` alone; SigV4 and Smithy want them escaped too. A lone
 * surrogate has no UTF-8 form: that is the caller's value, not a crash (encodeURIComponent's URIError).
 */
export declare function escapeUri(text: string): string;
/** Escapes just `!'()*`, in text that is otherwise escaped already. */
export declare function escapeReserved(text: string): string;
/** List items in one header: `a, b` with items that hold `,` or `"` quoted (RFC 9110). */
export declare function joinHeaderList(items: string[]): string;
/**
 * The reverse of `joinHeaderList`. An HTTP date holds a comma itself (`Mon, 16 Dec 2019 ...`), so a
 * list of them is split on every second comma.
 */
export declare function splitHeaderList(text: string, httpDates: boolean): string[];
/** Header names are case-insensitive; generated code keeps the model's casing. */
export declare function findHeader(headers: Record<string, string>, name: string): string | undefined;
/** Sets a header unless one of that name, in any case, is there already. */
export declare function setDefaultHeader(headers: Record<string, string>, name: string, value: string): void;
//# sourceMappingURL=http.d.ts.map