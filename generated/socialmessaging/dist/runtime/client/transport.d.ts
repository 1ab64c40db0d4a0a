/**
 * Sending a signed request and reading its response under a size limit, through `fetch` (the
 * platform's, or the caller's). On Node the client sends through `node:http` instead
 * (nodeTransport.ts, chosen in platform.ts); both hand over a WireResponse.
 */
export interface WireRequest {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string | Uint8Array;
}
export interface WireResponse {
    status: number;
    /** Lower-case names. */
    headers: Record<string, string>;
    /** Undefined when the body was larger than the limit (the rest is never downloaded). */
    body?: Uint8Array;
}
/** Sends one request; rejects when `signal` aborts, with whatever the underlying API rejects with. */
export type Transport = (request: WireRequest, signal: AbortSignal, maxBytes: number) => Promise<WireResponse>;
/** A transport over a `fetch` function (the platform's or the caller's). */
export declare function fetchTransport(fetchFn: typeof fetch): Transport;
/**
 * A Response's status, headers and body, reading at most `max` bytes of it. When `signal` aborts,
 * the body is cancelled: a Response that is not fetch's (a hook's own) does not watch the signal.
 */
export declare function readResponse(response: Response, max: number, signal?: AbortSignal): Promise<WireResponse>;
/** A Response's headers, lower-case names (as the Headers class gives them). */
export declare function headersOf(response: Response): Record<string, string>;
/** What a hook's `next` hands back: the wire response as a Response. */
export declare function toResponse(wire: WireResponse): Response;
/** The chunks of a body as one Uint8Array. */
export declare function concat(chunks: Uint8Array[], total: number): Uint8Array;
//# sourceMappingURL=transport.d.ts.map