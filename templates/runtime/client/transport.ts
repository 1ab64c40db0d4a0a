/**
 * Sending a signed request and reading its response under a size limit. In browsers (and whenever
 * the caller passes `fetch`), through `fetch`; on Node, through `node:http`/`node:https` with a
 * keep-alive agent, which costs a fraction of what undici's `fetch` does per call and hands over the
 * body without WHATWG stream and Response objects around it. Node's modules are reached through
 * `process.getBuiltinModule` (builtin.ts), so a browser bundle resolves nothing of Node's.
 */
import { utf8 } from '../protocol/base64.js';
import { nodeBuiltin } from './builtin.js';

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

interface NodeIncoming {
  statusCode?: number;
  headers: Record<string, string | string[] | undefined>;
  complete: boolean;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end' | 'close', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  destroy(): void;
}

interface NodeHttp {
  Agent: new (options: { keepAlive: boolean }) => unknown;
  request(
    url: string,
    options: { method: string; headers: Record<string, string>; agent: unknown; signal: AbortSignal },
    onResponse: (response: NodeIncoming) => void,
  ): { on(event: 'error', listener: (error: Error) => void): void; end(body?: string | Uint8Array): void };
}

let nodeHttp: Transport | undefined;

/** `node:http` as a Transport where the runtime has it (Node, Deno, Bun), else undefined. */
export function nodeTransport(): Transport | undefined {
  const http = nodeBuiltin<NodeHttp>('node:http');
  const https = nodeBuiltin<NodeHttp>('node:https');
  if (!nodeHttp && http && https) nodeHttp = httpTransport(http, https);
  return nodeHttp;
}

function httpTransport(http: NodeHttp, https: NodeHttp): Transport {
  // One pool per scheme for every client: idle sockets are unref'd, so they never keep Node alive.
  const agents = new Map<NodeHttp, unknown>();
  return (request, signal, maxBytes) =>
    new Promise((resolve, reject) => {
      const module = request.url.startsWith('https:') ? https : http;
      if (!agents.has(module)) agents.set(module, new module.Agent({ keepAlive: true }));
      const headers = { ...request.headers };
      const body = typeof request.body === 'string' ? utf8(request.body) : request.body;
      // As fetch does: a length for every body, and 0 for a POST or PUT without one.
      if (body || request.method === 'POST' || request.method === 'PUT') headers['content-length'] = String(body?.length ?? 0);
      const req = module.request(request.url, { method: request.method, headers, agent: agents.get(module), signal }, (res) => {
        const responseHeaders: Record<string, string> = Object.create(null);
        // Repeated headers arrive joined with ", " (set-cookie as a list): joined the way fetch joins them.
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
        const done = (body: Uint8Array | undefined) => resolve({ status: res.statusCode ?? 0, headers: responseHeaders, body });
        if (Number(responseHeaders['content-length'] ?? 0) > maxBytes) {
          res.destroy();
          return done(undefined);
        }
        const chunks: Uint8Array[] = [];
        let total = 0;
        res.on('data', (chunk) => {
          total += chunk.length;
          if (total > maxBytes) {
            res.destroy();
            done(undefined);
          } else chunks.push(chunk);
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
export function fetchTransport(fetchFn: typeof fetch): Transport {
  return async (request, signal, maxBytes) => {
    const response = await fetchFn(request.url, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined, signal });
    return readResponse(response, maxBytes);
  };
}

/** A Response's status, headers and body, reading at most `max` bytes of it. */
export async function readResponse(response: Response, max: number): Promise<WireResponse> {
  const headers: Record<string, string> = Object.create(null);
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await readBody(response, max) };
}

/** What a hook's `next` hands back: the wire response as a Response. */
export function toResponse(wire: WireResponse): Response {
  const nullBody = wire.status === 204 || wire.status === 205 || wire.status === 304;
  // A body over the limit was never read: its length says so to `readResponse`.
  const headers = wire.body ? wire.headers : { ...wire.headers, 'content-length': String(Number.MAX_SAFE_INTEGER) };
  return new Response(nullBody ? null : (wire.body as Uint8Array<ArrayBuffer> | undefined), { status: wire.status, headers });
}

/** Reads at most `max` bytes; undefined when the body is larger (the rest is never downloaded). */
async function readBody(response: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  // Cancelling is not awaited: it settles only when the stream's source agrees, which a stalled
  // or teed stream may never do, and the call must not hang on it.
  if (declared > max) {
    response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  // A Buffer from Node becomes a plain Uint8Array view: callers compare and copy it as one.
  if (chunks.length === 1) return new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, chunks[0].length);
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
