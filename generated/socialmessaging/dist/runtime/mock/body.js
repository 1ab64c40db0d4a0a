/** The body is larger than the limit; nothing more of it is read. */
export class BodyTooLarge extends Error {
    max;
    constructor(max) {
        super(`the body is larger than ${max} bytes`);
        this.max = max;
    }
}
/** The client went away, or the connection failed, before the body was whole. */
class BodyAborted extends Error {
}
/** The first allocation when the size is not known yet; doubling takes over from there. */
const FIRST_CAPACITY = 16 * 1024;
/**
 * Bytes appended into one buffer that doubles as needed, never beyond `max` (nor beyond `expected`,
 * the declared Content-Length, so an honest body ends in a buffer of exactly its size). Memory
 * follows the bytes received: a client that declares 4 MB and sends nothing costs 16 KiB.
 */
export class GrowingBuffer {
    max;
    expected;
    bytes;
    length = 0;
    constructor(max, expected) {
        this.max = max;
        this.expected = expected;
        this.bytes = Buffer.allocUnsafe(Math.min(FIRST_CAPACITY, expected ?? max, max));
    }
    /** False, and nothing appended, when the chunk would take the total over `max`. */
    append(chunk) {
        const needed = this.length + chunk.length;
        if (needed > this.max)
            return false;
        if (needed > this.bytes.length)
            this.grow(needed);
        this.bytes.set(chunk, this.length);
        this.length = needed;
        return true;
    }
    grow(needed) {
        const ceiling = Math.max(needed, Math.min(this.expected ?? this.max, this.max));
        const next = Buffer.allocUnsafe(Math.min(Math.max(this.bytes.length * 2, needed), ceiling));
        next.set(this.bytes.subarray(0, this.length));
        this.bytes = next;
    }
    /** The bytes appended so far (a view: no copy). */
    contents() {
        return this.bytes.subarray(0, this.length);
    }
}
/** The Content-Length the client declared, when it sent a valid one. */
function declaredLength(req) {
    const text = req.headers['content-length'];
    if (text === undefined || !/^\d+$/.test(text))
        return undefined;
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : undefined;
}
/**
 * The whole body, unless it is larger than `max`: then BodyTooLarge, without reading the rest (the
 * caller closes the connection, see server.ts). A declared length over the limit fails at once.
 */
export function readBody(req, max) {
    const declared = declaredLength(req);
    if (declared !== undefined && declared > max)
        return Promise.reject(new BodyTooLarge(max));
    const body = new GrowingBuffer(max, declared);
    return consume(req, max, (chunk) => body.append(chunk)).then(() => body.contents());
}
/**
 * Reads the body and drops it, under the same limit as readBody. A request answered without its
 * body (no route) still has the body on the wire: dropping it lets the connection carry the next
 * request, and the client read the answer, where closing at once could reset the connection
 * under a client still sending, and lose the answer with it.
 */
export function discardBody(req, max) {
    const declared = declaredLength(req);
    if (declared !== undefined && declared > max)
        return Promise.reject(new BodyTooLarge(max));
    let total = 0;
    return consume(req, max, (chunk) => (total += chunk.length) <= max);
}
/** Hands each chunk of the body to `take` until the body ends; BodyTooLarge as soon as `take` refuses one. */
function consume(req, max, take) {
    if (req.readableEnded)
        return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
        const stop = () => {
            req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
            req.pause();
        };
        const onData = (chunk) => {
            if (take(chunk))
                return;
            stop();
            reject(new BodyTooLarge(max));
        };
        const onEnd = () => {
            stop();
            resolvePromise();
        };
        const onError = (error) => {
            stop();
            reject(error);
        };
        // 'close' without 'end': the connection went before the body was whole; the promise must still settle.
        const onClose = () => {
            stop();
            reject(new BodyAborted('the connection closed before the body was whole'));
        };
        req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    });
}
//# sourceMappingURL=body.js.map