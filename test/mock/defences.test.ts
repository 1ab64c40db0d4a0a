/**
 * The mock server against hostile and sloppy clients (the `guarded` fixture): answers stay small
 * whatever the request, bodies are read under their limit and no further, slow clients and
 * handlers are cut off, limits cannot be switched off by accident, and the wire is read strictly
 * (numbers, media types, UTF-8, request targets). Sizes are measured in bytes, never in time; the
 * few waits have generous bounds, so a loaded machine does not fail them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../generator/load/index.ts';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { generatePackage, importModule, RUNTIME_EMITTERS } from '../client/generate.ts';
import { get, rawRequest, withBody } from './rawHttp.ts';

const { ir, diagnostics } = await loadModel(fileURLToPath(new URL('./fixtures/guarded/', import.meta.url)));
if (!ir) throw new Error(`the guarded fixture does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
const dir = await generatePackage(ir, 'mock-defences', [...RUNTIME_EMITTERS, emitMock]);
const { createMockServer } = await importModule<Record<string, any>>(dir, 'src/mock/index.ts');
const validators = await importModule<Record<string, any>>(dir, 'src/validators/index.ts');
const body = await importModule<Record<string, any>>(dir, 'src/runtime/mock/body.ts');
const deserialize = await importModule<Record<string, any>>(dir, 'src/runtime/protocol/deserialize.ts');

let handlers: Record<string, unknown> = {};
const mock = createMockServer({ handlers: new Proxy({}, { get: (_t, name: string) => handlers[name] }) });
const url: string = await mock.listen(0);
const port = Number(new URL(url).port);

test.before.each(() => {
  handlers = {};
});
test.after(() => mock.close());

async function call(method: string, path: string, requestBody?: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const response = await fetch(url + path, { method, body: requestBody, headers, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  return { status: response.status, errorType: response.headers.get('x-amzn-errortype'), text, bytes: Buffer.byteLength(text) };
}

const putJson = (path: string, json: string, contentType = 'application/json') => call('PUT', path, json, { 'content-type': contentType });

/** Runs `f` on a server of its own with these options, closed afterwards. */
async function withServer<T>(options: Record<string, unknown>, f: (base: string, port: number) => Promise<T>): Promise<T> {
  const own = createMockServer(options);
  const base: string = await own.listen(0);
  try {
    return await f(base, Number(new URL(base).port));
  } finally {
    await own.close();
  }
}

// 1. Answers stay small.

test('a list over its maximum is reported for its count alone, however many items it has', async () => {
  const r = await putJson('/items', `{"items":[${Array(200_000).fill('{}').join(',')}]}`);
  assert.is(r.status, 400);
  assert.is(r.errorType, 'ValidationException');
  assert.equal(JSON.parse(r.text).fieldList, [{ path: '/items', message: 'must have at most 1 items' }]);
  assert.ok(r.bytes < 1000, `${r.bytes} bytes`);
  const entries = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, {}]));
  const m = await putJson('/items', JSON.stringify({ entries }));
  assert.equal(JSON.parse(m.text).fieldList, [{ path: '/entries', message: 'must have at most 1 entries' }]);
});

test('a value with more problems than are worth listing gets the first 100 listed and the rest counted', async () => {
  const some = JSON.parse((await putJson('/items', JSON.stringify({ names: Array(150).fill('NOT') }))).text);
  assert.match(some.message, /^150 validation errors detected: Value at '\/names\/0'/);
  assert.is(some.fieldList.length, 100);
  // Past the validators' own limit, the count is a lower bound.
  const r = await putJson('/items', JSON.stringify({ names: Array(200_000).fill('NOT') }));
  assert.is(r.status, 400);
  const answer = JSON.parse(r.text);
  assert.match(answer.message, /^10000 or more validation errors detected: Value at '\/names\/0'/);
  assert.is(answer.fieldList.length, 100);
  assert.ok(r.bytes < 30_000, `${r.bytes} bytes`);
});

test('an error response quotes at most 1 KB of a path, which is made of the client\'s keys', async () => {
  const key = 'k'.repeat(8000);
  const r = await putJson('/items', JSON.stringify({ entries: { [key]: {} } }));
  assert.is(r.status, 400);
  const [issue] = JSON.parse(r.text).fieldList;
  assert.ok(issue.path.length <= 1025, `${issue.path.length} characters`);
  assert.ok(r.bytes < 4000, `${r.bytes} bytes`);
});

test('the validators the client shares stop at 10 000 issues, skip the items of a list far over its maximum, and still list every problem of a normal input', () => {
  assert.is(validators.validatePutItemsInput({ items: Array(100_000).fill({}) }).length, 1);
  // Far over its maximum (by more than 100), a list is reported for its count alone.
  assert.equal(validators.validatePutItemsInput({ items: Array(102).fill({ a: 'x' }) }).map((i: any) => i.path), ['/items']);
  // Just over its maximum, a list still has its items checked (the explain tests require it).
  assert.equal(validators.validatePutItemsInput({ items: [{}, {}] }).map((i: any) => i.path), ['/items', '/items/0/a', '/items/1/a']);
  assert.is(validators.validatePutItemsInput({ names: Array(100_000).fill('NOT') }).length, 10_000);
  assert.is(validators.validatePutItemsInput({ names: Array(5000).fill('NOT') }).length, 5000);
  const few = validators.validatePutItemsInput({ items: [{}], names: ['A', 'b', 'C'], note: 5 });
  assert.equal(few.map((i: any) => i.path), ['/items/0/a', '/names/0', '/names/2', '/note']);
  // Within its maximum, a list's items are still checked one by one.
  assert.equal(validators.validatePutItemsInput({ items: [{ a: 1 }] }).map((i: any) => i.path), ['/items/0/a']);
});

// 2. Bodies are read into one buffer.

/** Node's garbage collector, reachable without --expose-gc on the command line. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Bytes in ArrayBuffers once garbage is collected (V8 frees their memory in the background: collect until it settles). */
async function liveArrayBufferBytes(gc: () => void): Promise<number> {
  let bytes = Infinity;
  for (let round = 0; round < 10; round++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
    const now = process.memoryUsage().arrayBuffers;
    if (now >= bytes) return now;
    bytes = now;
  }
  return bytes;
}

test('a body sent one byte at a time holds about its own size, not one object (and one socket read) per byte', async () => {
  const gc = collector();
  const stream = Object.assign(new Readable({ read() {} }), { headers: {} });
  const reading = body.readBody(stream, 1024 * 1024);
  const before = await liveArrayBufferBytes(gc);
  // Each byte is a view into a 4 KiB buffer of its own, as chunks are views into the socket's reads.
  const count = 20_000;
  for (let i = 0; i < count; i++) stream.push(Buffer.from(new ArrayBuffer(4096), 0, 1).fill(0x61));
  while (stream.readableLength > 0) await new Promise((r) => setImmediate(r));
  const held = (await liveArrayBufferBytes(gc)) - before;
  // Keeping the chunks would hold 20 000 × 4 KiB = 80 MB.
  assert.ok(held < 8 * 1024 * 1024, `${held} bytes held for a ${count}-byte body`);
  stream.push(null);
  const whole: Buffer = await reading;
  assert.is(whole.length, count);
  assert.is(whole.toString(), 'a'.repeat(count));
});

test('the body buffer grows with the bytes received, to the declared length at most, and refuses bytes beyond the limit', () => {
  const declared = new body.GrowingBuffer(4 * 1024 * 1024, 4 * 1024 * 1024);
  // Declaring 4 MB and sending nothing costs little.
  assert.ok(declared.contents().buffer.byteLength <= 16 * 1024);
  assert.ok(declared.append(new Uint8Array(100_000)));
  assert.is(declared.contents().length, 100_000);
  // An honest body ends in a buffer of exactly its declared size.
  const exact = new body.GrowingBuffer(100_000, 30_000);
  for (let i = 0; i < 3; i++) exact.append(new Uint8Array(10_000).fill(i));
  assert.is(exact.contents().buffer.byteLength, 30_000);
  assert.is(exact.contents()[25_000], 2);
  const limited = new body.GrowingBuffer(10);
  assert.ok(limited.append(new Uint8Array(10)));
  assert.not.ok(limited.append(new Uint8Array(1)));
  assert.is(limited.contents().length, 10);
});

// 3. An answer sent before the body was read closes the connection.

/** Writes 64 KiB chunks of a chunked body until the socket closes. */
function endlessChunkedBody(socket: import('node:net').Socket): void {
  const chunk = Buffer.concat([Buffer.from('10000\r\n'), Buffer.alloc(64 * 1024, 0x20), Buffer.from('\r\n')]);
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer);
    else socket.write(chunk);
  }, 5);
  socket.on('close', () => clearInterval(timer));
}

test('a 404 reads its body under the body limit, no further: beyond it the connection closes', async () => {
  let sent = 0;
  const counting = (socket: import('node:net').Socket) => {
    const write = socket.write.bind(socket);
    socket.write = ((chunk: Buffer, ...rest: never[]) => ((sent += chunk.length), write(chunk, ...rest))) as typeof socket.write;
    endlessChunkedBody(socket);
  };
  await withServer({ limits: { maxBodyBytes: 256 * 1024 } }, async (_base, own) => {
    const r = await rawRequest(own, 'PUT /nowhere HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n', { untilClosed: true, keepSending: counting });
    assert.ok(r.closed, 'the server kept the connection open');
    assert.is(r.headers.connection, 'close', r.statusLine);
    assert.is(r.status, 404);
    // The client keeps writing until it sees the close: what it got through is the limit, the socket buffers and a few chunks in flight.
    assert.ok(sent < 16 * 1024 * 1024, `${sent} bytes sent before the server closed`);
  });
});

test('a 404 with a body of honest size drops the body and keeps the connection', async () => {
  const r = await rawRequest(port, withBody('PUT', '/nowhere', 'x'.repeat(100_000), 'application/json'));
  assert.equal([r.status, r.headers.connection], [404, 'keep-alive']);
});

test('a body declared larger than the limit is a 413 that closes the connection', async () => {
  const r = await rawRequest(port, 'PUT /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{', { untilClosed: true });
  assert.is(r.status, 413);
  assert.is(r.headers.connection, 'close');
  assert.ok(r.closed);
});

test('a request answered after its whole body was read keeps its connection, a 404 without a body too', async () => {
  const r = await rawRequest(port, withBody('PUT', '/items', '{}', 'application/json'));
  assert.is(r.status, 200);
  assert.is.not(r.headers.connection, 'close');
  const g = await rawRequest(port, get('/pages/p'));
  assert.equal([g.status, g.headers.connection], [200, 'keep-alive']);
  const missing = await rawRequest(port, get('/nowhere'));
  assert.equal([missing.status, missing.headers.connection], [404, 'keep-alive']);
});

// 4. Slow clients and malformed HTTP.

test('requestTimeoutMs cuts a slow client off with a 408 within about its value, not Node\'s 30 s check', async () => {
  await withServer({ limits: { requestTimeoutMs: 1000 } }, async (_base, own) => {
    const started = Date.now();
    const [headers, endless] = await Promise.all([
      rawRequest(own, 'GET /pages/p HTTP/1.1\r\nHost: x\r\nX-Slow: ', { untilClosed: true, waitMs: 20_000 }),
      rawRequest(own, 'PUT /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n', { untilClosed: true, waitMs: 20_000 }),
    ]);
    const elapsed = Date.now() - started;
    assert.is(headers.status, 408, headers.statusLine);
    assert.is(endless.status, 408, endless.statusLine);
    // One second of limit and one of checking; 15 s leaves room for a loaded machine, and is half of Node's default.
    assert.ok(elapsed < 15_000, `${elapsed} ms`);
  });
});

test('malformed HTTP gets the status that names the problem: 431 for oversized headers, else 400', async () => {
  const big = await rawRequest(port, get('/pages/p', `X-Big: ${'a'.repeat(20_000)}\r\n`), { untilClosed: true });
  assert.is(big.status, 431, big.statusLine);
  const garbage = await rawRequest(port, 'HELLO\r\n\r\n', { untilClosed: true });
  assert.is(garbage.status, 400, garbage.statusLine);
  const badLength = await rawRequest(port, 'PUT /items HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', { untilClosed: true });
  assert.is(badLength.status, 400, badLength.statusLine);
});

// 5. A handler that never answers.

test('a handler that never settles is answered 500 InternalFailure after handlerTimeoutMs', async () => {
  const hanging = { GetPage: () => new Promise(() => {}), PutItems: async () => ({}) };
  await withServer({ handlers: hanging, limits: { handlerTimeoutMs: 300 } }, async (base) => {
    const response = await fetch(`${base}/pages/p`, { signal: AbortSignal.timeout(20_000) });
    assert.is(response.status, 500);
    assert.is(response.headers.get('x-amzn-errortype'), 'InternalFailure');
    assert.match(await response.text(), /the GetPage handler did not answer within 300 ms/);
    // A handler that answers in time is not affected.
    const ok = await fetch(`${base}/items`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.is(ok.status, 200);
  });
});

// 6. Limits cannot be switched off by accident.

test('a limit given as undefined keeps its default instead of switching the limit off', async () => {
  await withServer({ limits: { maxBodyBytes: undefined, maxDepth: undefined, handlerTimeoutMs: undefined } }, async (base, own) => {
    const r = await rawRequest(own, 'PUT /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n', { waitMs: 20_000 });
    assert.is(r.status, 413);
    const deep = await fetch(`${base}/items`, { method: 'PUT', body: `{"note":${'['.repeat(1000)}${']'.repeat(1000)}}`, headers: { 'content-type': 'application/json' } });
    assert.match(await deep.text(), /nests deeper than 32 levels/);
  });
});

test('a limit that is not a positive finite number, or not a limit at all, is refused when the server is created', () => {
  for (const value of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '4096', null]) {
    assert.throws(() => createMockServer({ limits: { maxBodyBytes: value } }), /maxBodyBytes must be a positive finite number/, String(value));
  }
  assert.throws(() => createMockServer({ limits: { maxBodyByte: 10 } }), /'maxBodyByte' is not a limit/);
});

// 7. Numbers as text are read strictly.

test('an integer in the query or a header must be decimal digits: anything else is a 400 SerializationException', async () => {
  let seen: any;
  handlers.GetPage = (input: any) => {
    seen = input;
    return { id: input.id };
  };
  for (const text of ['0x10', '%20%2010', '10%20', '', '1.5', '1e1', '1e400', '9223372036854775808', '+1', 'Infinity', 'NaN', '0b1']) {
    const r = await call('GET', `/pages/p?count=${text}`);
    assert.is(r.status, 400, `count=${text}: ${r.text}`);
    assert.is(r.errorType, 'SerializationException', `count=${text}: ${r.text}`);
  }
  for (const text of ['0x10', '7.5', '1e1', '1e1x']) {
    const r = await call('GET', '/pages/p', undefined, { 'x-limit': text });
    assert.is(r.errorType, 'SerializationException', `X-Limit: ${text}: ${r.text}`);
  }
  const ok = await call('GET', '/pages/p?count=-12', undefined, { 'x-limit': '7' });
  assert.is(ok.status, 200, ok.text);
  assert.equal([seen.count, seen.limit], [-12, 7]);
});

test('a float in the query takes decimal text with an exponent, and NaN, Infinity and -Infinity, but nothing looser', async () => {
  let seen: any;
  handlers.GetPage = (input: any) => {
    seen = input;
    return {};
  };
  for (const [text, value] of [['1.5', 1.5], ['1e1', 10], ['-2.5E-3', -0.0025], ['.5', 0.5], ['NaN', Number.NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]] as const) {
    const r = await call('GET', `/pages/p?ratio=${text}`);
    assert.is(r.status, 200, `ratio=${text}: ${r.text}`);
    assert.ok(Object.is(seen.ratio, value), `ratio=${text} read as ${seen.ratio}`);
  }
  for (const text of ['0x10', '1,5', 'inf', '%201', '1e', '-', 'Infinity%20']) {
    assert.is((await call('GET', `/pages/p?ratio=${text}`)).errorType, 'SerializationException', `ratio=${text}`);
  }
});

test('$numberText, which the client also uses on response headers, reads each kind strictly', () => {
  const { $numberText, $integerText, $floatText } = deserialize;
  assert.is($integerText('-42'), -42);
  assert.is($floatText('-4.2e1'), -42);
  assert.is($numberText('12'), 12);
  assert.ok(Number.isNaN($numberText('NaN')));
  for (const text of ['1.5', '1e1', 'NaN', 'Infinity', '0x10', ' 1', '']) assert.throws(() => $integerText(text), /whole number/, text);
  for (const text of ['0x10', ' 1', '1 ', '', 'infinity', '1_0', '0b1', '0o7']) assert.throws(() => $numberText(text), /expected a number/, text);
  assert.throws(() => $numberText(5), /expected a string/);
});

// 8. Media types and UTF-8.

test('a JSON body sent as another media type is a 415 UnsupportedMediaTypeException; parameters and case do not matter', async () => {
  for (const type of ['text/plain', 'application/hal+json', 'application/x-www-form-urlencoded']) {
    const r = await putJson('/items', '{}', type);
    assert.is(r.status, 415, type);
    assert.is(r.errorType, 'UnsupportedMediaTypeException', type);
    assert.match(JSON.parse(r.text).message, /must be sent as application\/json/);
  }
  for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON']) {
    assert.is((await putJson('/items', '{}', type)).status, 200, type);
  }
  // Without a Content-Type, only an empty body passes.
  assert.is((await rawRequest(port, withBody('PUT', '/items', '{}'))).status, 415);
  assert.is((await rawRequest(port, withBody('PUT', '/items', ''))).status, 200);
  // An operation that reads no body does not care.
  assert.is((await call('GET', '/pages/p', undefined, { 'content-type': 'text/whatever' })).status, 200);
});

test('a blob or string payload takes its modeled media type, or any when the model names none', async () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff]);
  assert.is((await call('PUT', '/images/i', jpeg, { 'content-type': 'image/jpeg' })).status, 200);
  assert.is((await call('PUT', '/images/i', jpeg, { 'content-type': 'image/jpeg; q=1' })).status, 200);
  const wrong = await call('PUT', '/images/i', jpeg, { 'content-type': 'application/json' });
  assert.equal([wrong.status, wrong.errorType], [415, 'UnsupportedMediaTypeException']);
  assert.is((await call('PUT', '/blobs/b', jpeg, { 'content-type': 'application/x-anything' })).status, 200);
  assert.is((await call('PUT', '/texts/t', 'hello', { 'content-type': 'text/plain' })).status, 200);
  assert.is((await call('PUT', '/texts/t', 'hello', { 'content-type': 'application/json' })).status, 200);
});

test('a body that is not valid UTF-8 is a 400 SerializationException, never text with U+FFFD in it', async () => {
  let seen: any;
  handlers.PutItems = handlers.PutText = (input: any) => {
    seen = input;
    return {};
  };
  const json = Buffer.concat([Buffer.from('{"note":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
  const r = await call('PUT', '/items', json, { 'content-type': 'application/json' });
  assert.equal([r.status, r.errorType], [400, 'SerializationException']);
  assert.match(r.text, /not valid UTF-8/);
  const text = await call('PUT', '/texts/t', new Uint8Array([0x61, 0xc3]), { 'content-type': 'text/plain' });
  assert.equal([text.status, text.errorType], [400, 'SerializationException']);
  assert.is(seen, undefined);
  // A blob payload is bytes: anything goes.
  assert.is((await call('PUT', '/blobs/b', new Uint8Array([0xff, 0xfe]), { 'content-type': 'application/octet-stream' })).status, 200);
});

// 9. Routing on the path as sent.

test('request targets are routed as sent: no dot-segment, double-slash or backslash normalisation', async () => {
  for (const target of ['//evil/pages/p', '/x/../pages/p', '/x/%2e%2e/pages/p', '/x/%2E%2E/pages/p', '/pages\\p', '/x\\..\\pages/p', '*']) {
    const r = await rawRequest(port, get(target));
    assert.is(r.status, 404, `${target}: ${r.statusLine} ${r.body}`);
  }
  // Node's parser itself refuses a target that starts with a backslash.
  assert.is((await rawRequest(port, get('\\pages\\p'))).status, 400);
  assert.is((await rawRequest(port, get('/pages/p'))).status, 200);
  assert.is((await rawRequest(port, get('/pages/p?count=3'))).status, 200);
  // The absolute form, which HTTP/1.1 servers must accept, routes on its path.
  assert.is((await rawRequest(port, get('http://other.example/pages/p'))).status, 200);
  assert.is((await rawRequest(port, get('http://other.example//pages/p'))).status, 404);
});

// 10. IPv6.

test('listen() on an IPv6 host resolves to a URL fetch can use', async () => {
  const own = createMockServer();
  const base: string = await own.listen(0, '::1');
  try {
    assert.match(base, /^http:\/\/\[::1\]:\d+$/);
    assert.is((await fetch(`${base}/pages/p`)).status, 200);
  } finally {
    await own.close();
  }
});

test('the server is still up after all of that', async () => {
  assert.is((await call('GET', '/pages/p')).status, 200);
});

test.run();
