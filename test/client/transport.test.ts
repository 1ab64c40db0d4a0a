/**
 * The default transport on Node (`node:http` with keep-alive, no `fetch` passed) against a real
 * local server: what goes on the wire, size limits, timeouts, aborts, dropped connections and hooks.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STATIC_CREDENTIALS } from './fakeFetch.ts';
import { notesClientModule } from './notes.ts';

const { client: notes } = await notesClientModule('client-transport');

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: unknown;
}

let handler: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void = (_req, res) => res.end('{}');
const seen: Seen[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const s = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString(), socket: req.socket };
    seen.push(s);
    handler(req, res, s);
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function client(extra: Record<string, unknown> = {}) {
  return new notes.NotesClient({ region: 'us-east-1', endpoint, credentials: STATIC_CREDENTIALS, sleep: async () => {}, ...extra });
}

const jsonReply = (body: unknown, status = 200, headers: Record<string, string> = {}) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

test('a call goes over node:http: signed headers, a body with its length, one kept-alive socket', async () => {
  seen.length = 0;
  handler = jsonReply({ id: 'note-1', version: 2 }, 200, { 'x-amzn-requestid': 'r' });
  const c = client();
  const out = await c.putNote({ folder: 'f', path: 'a/b', text: 'héllo' });
  await c.putNote({ folder: 'f', path: 'a/b', text: 'again' });
  assert.equal(out, { id: 'note-1', version: 2, status: 200 });
  const [first, second] = seen;
  assert.is(first.method, 'PUT');
  assert.is(first.url, '/notes/f/a/b');
  assert.equal(JSON.parse(first.body), { text: 'héllo' });
  assert.is(first.headers['content-length'], String(Buffer.byteLength(first.body)));
  assert.match(String(first.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/us-east-1\/notes\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-token, Signature=[0-9a-f]{64}$/);
  assert.is(first.headers.host, endpoint.slice('http://'.length));
  assert.is(first.socket, second.socket, 'the second call reuses the connection');
});

test('a response over maxResponseBytes fails, declared or streamed', async () => {
  handler = jsonReply({ text: 'x'.repeat(5000) });
  const declared = await client({ maxResponseBytes: 100 }).getNote({ id: 'n' }).catch((e: unknown) => e);
  assert.is(declared.name, 'ResponseTooLargeError');
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length up front
    res.write(`{"text":"${'x'.repeat(3000)}`);
    res.end(`${'x'.repeat(3000)}"}`);
  };
  const streamed = await client({ maxResponseBytes: 4000 }).getNote({ id: 'n' }).catch((e: unknown) => e);
  assert.is(streamed.name, 'ResponseTooLargeError');
  assert.equal(await client({ maxResponseBytes: 7000 }).getNote({ id: 'n' }), { text: 'x'.repeat(6000) });
});

test('a hung server times out per attempt and retries; an AbortSignal stops the call', async () => {
  seen.length = 0;
  handler = () => undefined;
  const e = await client({ timeoutMs: 30 }).getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(e.name, 'TimeoutError');
  assert.is(seen.length, 3);
  seen.length = 0;
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('user gave up')), 30);
  const aborted = await client().getNote({ id: 'n' }, { signal: controller.signal }).catch((x: unknown) => x);
  assert.is(aborted.message, 'user gave up');
  assert.is(seen.length, 1);
});

test('a connection dropped mid-response is a NetworkError, retried', async () => {
  seen.length = 0;
  handler = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('{"id":');
    setTimeout(() => res.socket?.destroy(), 5);
  };
  const e = await client().getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(e.name, 'NetworkError');
  assert.is(seen.length, 3);
  const refused = await client({ endpoint: 'http://127.0.0.1:9', maxAttempts: 1 }).getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(refused.name, 'NetworkError');
});

test('hooks get a Response from the Node transport; errors and empty responses still parse', async () => {
  handler = jsonReply({ message: 'stale', currentVersion: 3 }, 409, { 'x-amzn-errortype': 'NoteConflict', 'x-amzn-requestid': 'r-409' });
  const statuses: number[] = [];
  const hooked = client({
    hook: async (request: any, next: any) => {
      const response: Response = await next(request);
      statuses.push(response.status);
      return response;
    },
  });
  const e = await hooked.putNote({ folder: 'f', path: 'p', text: 't' }).catch((x: unknown) => x);
  assert.instance(e, notes.NoteConflict);
  assert.is(e.currentVersion, 3);
  assert.is(e.$metadata.requestId, 'r-409');
  assert.equal(statuses, [409]);
  handler = (_req, res) => {
    res.writeHead(204);
    res.end();
  };
  assert.equal(await hooked.getNote({ id: 'n' }), {});
  assert.equal(statuses, [409, 204]);
  handler = jsonReply({ text: 'x'.repeat(500) });
  const large = await client({ maxResponseBytes: 100, hook: (r: unknown, next: (r: unknown) => Promise<Response>) => next(r) }).getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(large.name, 'ResponseTooLargeError');
});

test.after(() => {
  server.closeAllConnections();
  server.close();
});

test.run();
