/**
 * The generated mock server of the `notes` fixture: the generated client against it on loopback,
 * then raw HTTP for what a well-behaved client never sends.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { importModule, RUNTIME_EMITTERS } from '../client/generate.ts';
import { notesClientModule } from '../client/notes.ts';
import { STATIC_CREDENTIALS } from '../client/fakeFetch.ts';

const { dir, client: notes } = await notesClientModule('mock-main', [...RUNTIME_EMITTERS, emitMock]);
const mockModule = await importModule<Record<string, any>>(dir, 'src/mock/index.ts');

let handlers: Record<string, unknown> = {};
// Handlers are looked up per request, so each test can set its own on the one server.
const mock = mockModule.createMockServer({
  handlers: new Proxy({}, { get: (_t, name: string) => handlers[name] }),
  validateResponses: true,
  limits: { maxBodyBytes: 64 * 1024 },
});
const url: string = await mock.listen(0);
const client = new notes.NotesClient({ region: 'us-east-1', endpoint: url, credentials: STATIC_CREDENTIALS, validateResponses: true });

test.before.each(() => {
  handlers = {};
});
test.after(() => mock.close());

async function raw(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await fetch(url + path, { method, body, headers: { 'content-type': 'application/json', ...headers } });
  const text = await response.text();
  return { status: response.status, errorType: response.headers.get('x-amzn-errortype'), requestId: response.headers.get('x-amzn-requestid'), text };
}

test('without a handler, an operation answers its example output', async () => {
  const out = await client.putNote({ folder: 'work', path: 'a/b', text: 'hello' });
  assert.equal(out, { id: 'note-1', version: 1, created: new Date('2025-01-02T03:04:05Z'), status: 200 });
  const note = await client.getNote({ id: 'note-1' });
  assert.equal(note.tags, { constructor: 'c', toString: 't' });
});

test('without a handler, a request that matches an example gets that example: its output or its modeled error', async () => {
  assert.equal((await client.getNote({ id: 'note-2' })).text, 'second');
  // Members the example leaves out (here the idempotency token the client fills in) do not matter.
  const e = await client.putNote({ folder: 'work', path: 'a/b', text: 'stale' }).catch((x: unknown) => x);
  assert.instance(e, notes.NoteConflict);
  assert.equal([e.message, e.currentVersion, e.$metadata.httpStatusCode], ['the note has a newer version', 4, 409]);
  // No example matches: the first example output.
  assert.equal((await client.getNote({ id: 'note-3' })).text, 'hello');
  assert.equal((await client.putNote({ folder: 'home', path: 'a/b', text: 'stale' })).id, 'note-1');
});

test('an example whose error is not one of the operation\'s (a hand-edited mock) answers 500, and the server still starts', async () => {
  const { startMockServer } = await importModule<Record<string, any>>(dir, 'src/runtime/mock/server.ts');
  const edited = startMockServer([{ definition: notes.GetNoteOperation, examples: [{ input: {}, error: { shape: 'NoteConflict', content: { message: 'm' } } }] }]);
  const base: string = await edited.listen(0);
  try {
    const response = await fetch(`${base}/notes/n`);
    assert.is(response.status, 500);
    assert.match(await response.text(), /the example error NoteConflict is not an error of GetNote/);
  } finally {
    await edited.close();
  }
});

test('handlers get the parsed input, labels and headers included, and their output is sent', async () => {
  let seen: any;
  handlers.PutNote = (input: any) => {
    seen = input;
    return { id: 'n-2', version: 9 };
  };
  const out = await client.putNote({ folder: 'my folder', path: 'x/y z', text: 't', labels: ['a', 'b'], meta: { k: 'v' }, token: 'tok' });
  assert.equal(out, { id: 'n-2', version: 9, status: 200 });
  assert.equal(seen, { folder: 'my folder', path: 'x/y z', text: 't', labels: ['a', 'b'], meta: { k: 'v' }, token: 'tok' });
});

test('a modeled error thrown by a handler reaches the client as that class, members and status intact', async () => {
  handlers.PutNote = () => {
    throw new notes.NoteConflict({ message: 'stale', currentVersion: 4 });
  };
  const e = await client.putNote({ folder: 'f', path: 'p', text: 't' }).catch((x: unknown) => x);
  assert.instance(e, notes.NoteConflict);
  assert.is(e.message, 'stale');
  assert.is(e.currentVersion, 4);
  assert.is(e.$metadata.httpStatusCode, 409);
  assert.ok(e.$metadata.requestId);
});

test('a handler that breaks is a 500 InternalFailure without its details', async () => {
  handlers.GetNote = () => {
    throw new Error('database password is hunter2');
  };
  const r = await raw('GET', '/notes/n');
  assert.is(r.status, 500);
  assert.is(r.errorType, 'InternalFailure');
  assert.not.match(r.text, /hunter2/);
});

test('validateResponses: an invalid handler output is a 500 naming the problem', async () => {
  handlers.GetNote = () => ({ id: 'NOT VALID' });
  const r = await raw('GET', '/notes/n');
  assert.is(r.status, 500);
  assert.match(r.text, /\/id/);
});

test('a bad request gets AWS\'s ValidationException wire form, listing every problem', async () => {
  const r = await raw('PUT', '/notes/f/p', JSON.stringify({ secret: 'far-too-long-for-the-limit', role: 'nope' }));
  assert.is(r.status, 400);
  assert.is(r.errorType, 'ValidationException');
  const body = JSON.parse(r.text);
  assert.match(body.message, /^3 validation errors detected/);
  assert.equal(body.fieldList.map((f: any) => f.path).sort(), ['/role', '/secret', '/text']);
  assert.not.match(r.text, /far-too-long/);
  assert.ok(r.requestId);
});

test('the AWS SDK-shaped error is what the generated client maps too', async () => {
  const scripted = new notes.NotesClient({ region: 'us-east-1', endpoint: url, credentials: STATIC_CREDENTIALS, validateResponses: true });
  // Skip client-side validation to let the server's ValidationException come back.
  const e = await scripted.send({ ...notes.PutNoteOperation, validateInput: () => [] }, { folder: 'f', path: 'p' }).catch((x: unknown) => x);
  assert.instance(e, notes.ValidationException);
  assert.match(e.message, /validation error/);
});

test('wrongly typed and malformed bodies are 400 SerializationException', async () => {
  for (const body of ['{"text": 5}', '{"text": "t"', 'not json', '[1,2]']) {
    const r = await raw('PUT', '/notes/f/p', body);
    assert.is(r.status, 400, body);
    assert.is(r.errorType, 'SerializationException', body);
  }
});

test('unknown routes are 404 UnknownOperationException', async () => {
  assert.is((await raw('GET', '/nowhere')).status, 404);
  assert.is((await raw('DELETE', '/notes/n')).errorType, 'UnknownOperationException');
  assert.is((await raw('GET', '/notes/%E0%A4%A')).status, 404);
});

test('a huge body is refused with 413 without being read whole', async () => {
  const started = Date.now();
  const r = await raw('PUT', '/notes/f/p', JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }));
  assert.is(r.status, 413);
  assert.ok(Date.now() - started < 2000);
});

test('deep nesting is a prompt 400', async () => {
  const r = await raw('PUT', '/notes/f/p', `{"text":"t","tags":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
  assert.is(r.status, 400);
  assert.match(r.text, /nests deeper/);
});

test('a long string aimed at a backtracking pattern is a prompt 400', async () => {
  const started = Date.now();
  const r = await raw('PUT', '/notes/f/p', JSON.stringify({ text: 't', role: 'arn:'.repeat(8000) }));
  assert.is(r.status, 400);
  assert.is(r.errorType, 'ValidationException');
  assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  // Just under the limit the pattern still runs, and still answers quickly.
  const near = Date.now();
  const r2 = await raw('PUT', '/notes/f/p', JSON.stringify({ text: 't', role: 'arn:'.repeat(2000) }));
  assert.is(r2.status, 400);
  assert.ok(Date.now() - near < 1000, `${Date.now() - near} ms`);
});

test('long labels, query values and headers are refused too', async () => {
  assert.is((await raw('GET', `/notes/${'a'.repeat(9000)}`)).status, 400);
  assert.is((await raw('PUT', `/notes/f/p?label=${'a'.repeat(9000)}`, '{"text":"t"}')).status, 400);
});

test('prototype keys in a request are data: never a 500, Object.prototype untouched', async () => {
  let seen: any;
  handlers.PutNote = (input: any) => {
    seen = input;
    return { id: 'n' };
  };
  const body = '{"text":"t","__proto__":"p","constructor":"c","tags":{"__proto__":"a","constructor":"b","toString":"c"}}';
  const r = await raw('PUT', '/notes/f/p', body, { 'x-meta-__proto__': 'm', 'x-meta-constructor': 'k' });
  assert.ok(r.status < 500, `${r.status} ${r.text}`);
  const polluted = await raw('PUT', '/notes/f/p', '{"text":"t","tags":{"__proto__":{"polluted":1}},"__proto__":{"polluted":1}}');
  assert.ok(polluted.status < 500, `${polluted.status} ${polluted.text}`);
  assert.is(({} as any).polluted, undefined);
  if (seen) {
    assert.is(Object.getPrototypeOf(seen.tags), Object.prototype);
    assert.is(Object.hasOwn(seen.tags, '__proto__'), true);
  }
});

test('union members named like prototype properties reach the handler as data', async () => {
  let seen: any;
  handlers.PutNote = (input: any) => {
    seen = input;
    return { id: 'n' };
  };
  const r = await raw('PUT', '/notes/f/p', '{"text":"t","content":{"toString":"u"}}');
  assert.is(r.status, 200, r.text);
  assert.equal(Object.keys(seen.content), ['toString']);
  assert.is(seen.content.toString, 'u');
  // The generated validator still calls a `__proto__` member unknown (a 400); never a 500.
  assert.ok((await raw('PUT', '/notes/f/p', '{"text":"t","content":{"__proto__":"u"}}')).status < 500);
});

test('the protocol runtime parses a `__proto__` union member as an own property', async () => {
  const { parseRequest } = await importModule<Record<string, any>>(dir, 'src/runtime/protocol/request.ts');
  const body = new TextEncoder().encode('{"text":"t","content":{"__proto__":"u"}}');
  const input = parseRequest(notes.PutNoteOperation.schema, { folder: 'f', path: 'p' }, new URLSearchParams(), {}, body);
  assert.is(Object.hasOwn(input.content, '__proto__'), true);
  assert.is(input.content.__proto__, 'u');
  assert.is(Object.getPrototypeOf(input.content), Object.prototype);
});

/** JSON whose keys favour the names that break naive code. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'text', 'tags', 'content', 'plain', 'hasOwnProperty', 'valueOf'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

test('fuzz: whatever the body, the answer is never a 5xx and Object.prototype stays clean', async () => {
  handlers.PutNote = () => ({ id: 'n' });
  await fc.assert(
    fc.asyncProperty(fc.oneof(hostileJson.map((v) => JSON.stringify(v)), fc.string({ maxLength: 30 })), fc.constantFrom('/notes/f/p', '/notes/%2e%2e/x', '/notes/f/p?label=__proto__'), async (body, path) => {
      const r = await raw('PUT', path, body);
      assert.ok(r.status < 500, `${r.status} for ${body}: ${r.text}`);
      assert.is(({} as any).polluted, undefined);
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('the server is still up after all of that', async () => {
  handlers = {};
  assert.is((await client.getNote({ id: 'note-1' })).id, 'note-1');
});

test.run();
