/**
 * Sending a signed request and reading its response under a size limit. In browsers (and whenever
 * the caller passes `fetch`), through `fetch`; on Node, through `node:http`/`node:https` with a
 * keep-alive agent, which costs a fraction of what undici's `fetch` does per call and hands over the
 * body without WHATWG stream and Response objects around it. Node's modules are reached through
 * `process.getBuiltinModule` (builtin.ts), so a browser bundle resolves nothing of Node's.
 */
import { utf8 } from '../protocol/base64.js';
import { nodeBuiltin } from './builtin.js';
let nodeHttp;
/** `node:http` as a Transport where the runtime has it (Node, Deno, Bun), else undefined. */
export function nodeTransport() {
    const http = nodeBuiltin('node:http');
    const https = nodeBuiltin('node:https');
    if (!nodeHttp && http && https)
        nodeHttp = httpTransport(http, https);
    return nodeHttp;
}
function httpTransport(http, https) {
    // One pool per scheme for every client: idle sockets are unref'd, so they never keep Node alive.
    const agents = new Map();
    return (request, signal, maxBytes) => new Promise((resolve, reject) => {
        const module = request.url.startsWith('https:') ? https : http;
        if (!agents.has(module))
            agents.set(module, new module.Agent({ keepAlive: true }));
        const headers = { ...request.headers };
        const body = typeof request.body === 'string' ? utf8(request.body) : request.body;
        // As fetch does: a length for every body, and 0 for a POST or PUT without one.
        if (body || request.method === 'POST' || request.method === 'PUT')
            headers['content-length'] = String(body?.length ?? 0);
        const req = module.request(request.url, { method: request.method, headers, agent: agents.get(module), signal }, (res) => {
            const responseHeaders = Object.create(null);
            // Repeated headers arrive joined with ", " (set-cookie as a list): joined the way fetch joins them.
            for (const [name, value] of Object.entries(res.headers))
                if (value !== undefined)
                    responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
            const done = (body) => resolve({ status: res.statusCode ?? 0, headers: responseHeaders, body });
            if (Number(responseHeaders['content-length'] ?? 0) > maxBytes) {
                res.destroy();
                return done(undefined);
            }
            const chunks = [];
            let total = 0;
            res.on('data', (chunk) => {
                total += chunk.length;
                if (total > maxBytes) {
                    res.destroy();
                    done(undefined);
                }
                else
                    chunks.push(chunk);
            });
            res.on('end', () => done(concat(chunks, total)));
            res.on('error', reject);
            // Closed before the end without an error (the server hung up): settle all the same.
            res.on('close', () => res.complete || total > maxBytes || reject(new Error('the connection closed before the response ended')));
        });
        req.on('error', reject);
        req.end(body);
    });
}
/** A transport over a `fetch` function (the platform's or the caller's). */
export function fetchTransport(fetchFn) {
    return async (request, signal, maxBytes) => {
        const response = await fetchFn(request.url, { method: request.method, headers: request.headers, body: request.body, signal });
        return readResponse(response, maxBytes);
    };
}
/** A Response's status, headers and body, reading at most `max` bytes of it. */
export async function readResponse(response, max) {
    const headers = Object.create(null);
    response.headers.forEach((value, name) => {
        headers[name] = value;
    });
    return { status: response.status, headers, body: await readBody(response, max) };
}
/** What a hook's `next` hands back: the wire response as a Response. */
export function toResponse(wire) {
    const nullBody = wire.status === 204 || wire.status === 205 || wire.status === 304;
    // A body over the limit was never read: its length says so to `readResponse`.
    const headers = wire.body ? wire.headers : { ...wire.headers, 'content-length': String(Number.MAX_SAFE_INTEGER) };
    return new Response(nullBody ? null : wire.body, { status: wire.status, headers });
}
/** Reads at most `max` bytes; undefined when the body is larger (the rest is never downloaded). */
async function readBody(response, max) {
    const declared = Number(response.headers.get('content-length') ?? 0);
    // Cancelling is not awaited: it settles only when the stream's source agrees, which a stalled
    // or teed stream may never do, and the call must not hang on it.
    if (declared > max) {
        response.body?.cancel().catch(() => undefined);
        return undefined;
    }
    if (!response.body)
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.length;
        if (total > max) {
            reader.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(value);
    }
    return concat(chunks, total);
}
function concat(chunks, total) {
    // A Buffer from Node becomes a plain Uint8Array view: callers compare and copy it as one.
    if (chunks.length === 1)
        return new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, chunks[0].length);
    const body = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.length;
    }
    return body;
}
//# sourceMappingURL=transport.js.map