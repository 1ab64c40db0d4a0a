/**
 * The Node transport: `node:http`/`node:https` with a keep-alive agent, which costs a fraction of
 * what undici's `fetch` does per call and hands over the body without WHATWG stream and Response
 * objects around it. Node's modules are reached through `process.getBuiltinModule` (builtin.ts).
 * A browser bundle leaves this file out when its bundler applies the package's `browser` field
 * (platform.browser.ts does not import it); included, it finds no Node modules and is not used.
 */
import { utf8 } from '../protocol/base64.js';
import { nodeBuiltin } from './builtin.js';
import { concat, type Transport } from './transport.js';

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
