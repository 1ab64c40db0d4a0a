/**
 * Reading a request body under the byte limit. The bytes go into one buffer as they arrive: keeping
 * each chunk instead costs an object per chunk, and each chunk may be a view that keeps the whole
 * socket read it came from alive (a body sent one byte at a time once held ~400 times its size).
 */
import type { IncomingMessage } from 'node:http';
/** The body is larger than the limit; nothing more of it is read. */
export declare class BodyTooLarge extends Error {
    readonly max: number;
    constructor(max: number);
}
/**
 * Bytes appended into one buffer that doubles as needed, never beyond `max` (nor beyond `expected`,
 * the declared Content-Length, so an honest body ends in a buffer of exactly its size). Memory
 * follows the bytes received: a client that declares 4 MB and sends nothing costs 16 KiB.
 */
export declare class GrowingBuffer {
    private readonly max;
    private readonly expected?;
    private bytes;
    private length;
    constructor(max: number, expected?: number | undefined);
    /** False, and nothing appended, when the chunk would take the total over `max`. */
    append(chunk: Uint8Array): boolean;
    private grow;
    /** The bytes appended so far (a view: no copy). */
    contents(): Buffer;
}
/**
 * The whole body, unless it is larger than `max`: then BodyTooLarge, without reading the rest (the
 * caller closes the connection, see server.ts). A declared length over the limit fails at once.
 */
export declare function readBody(req: IncomingMessage, max: number): Promise<Buffer>;
/**
 * Reads the body and drops it, under the same limit as readBody. A request answered without its
 * body (no route) still has the body on the wire: dropping it lets the connection carry the next
 * request, and the client read the answer, where closing at once could reset the connection
 * under a client still sending, and lose the answer with it.
 */
export declare function discardBody(req: IncomingMessage, max: number): Promise<void>;
//# sourceMappingURL=body.d.ts.map