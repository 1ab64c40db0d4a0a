/**
 * Prototype keys (`__proto__`, `constructor`, `toString`) as member names and map keys, in requests
 * and responses, are data: they travel and come back as own properties, and Object.prototype is
 * never touched.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { json, scriptedFetch, STATIC_CREDENTIALS } from './fakeFetch.ts';
import { notesClientModule } from './notes.ts';

const { client: notes } = await notesClientModule('client-prototype');

function clean(): void {
  const probe: Record<string, unknown> = {};
  assert.is(probe.polluted, undefined, 'Object.prototype was polluted');
  assert.is(Object.getPrototypeOf(probe), Object.prototype);
}

test('members and map keys named like prototype properties are sent as data', async () => {
  const scripted = scriptedFetch([json(200, { id: 'n' })]);
  const client = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  const input = JSON.parse('{"folder":"f","path":"p","text":"t","constructor":"c","__proto__":"p","tags":{"__proto__":"x","toString":"y","constructor":"z"},"meta":{"__proto__":"m"}}');
  // The generated validator (not this runtime) still rejects a member named `__proto__` as unknown,
  // so this checks the serde path alone; validation of such members belongs to the validator tests.
  await client.send({ ...notes.PutNoteOperation, validateInput: () => [] }, input);
  const body = JSON.parse(scripted.requests[0].body);
  assert.is(Object.hasOwn(body, '__proto__'), true);
  assert.is(body.constructor, 'c');
  assert.equal(Object.keys(body.tags).sort(), ['__proto__', 'constructor', 'toString']);
  assert.is(scripted.requests[0].headers.get('x-meta-__proto__'), 'm');
  clean();
});

test('an absent member named like a prototype property is not sent', async () => {
  const scripted = scriptedFetch([json(200, { id: 'n' })]);
  const client = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  await client.putNote({ folder: 'f', path: 'p', text: 't' });
  assert.equal(JSON.parse(scripted.requests[0].body), { text: 't' });
});

test('responses with prototype keys come back as own properties', async () => {
  const raw = '{"id":"n","toString":"ts","tags":{"__proto__":{"polluted":true},"constructor":"c","toString":"t"},"__proto__":{"polluted":true}}';
  const scripted = scriptedFetch([new Response(raw, { status: 200 })]);
  const client = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  const out = await client.getNote({ id: 'n' }).catch((e: unknown) => e);
  // `tags` values must be strings: the object under `__proto__` is a type error, reported as such.
  assert.is(out.name, 'ResponseParseError');
  const ok = '{"id":"n","toString":"ts","tags":{"__proto__":"p","constructor":"c","toString":"t"}}';
  const client2 = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: scriptedFetch([new Response(ok, { status: 200 })]).fetch });
  const out2 = await client2.getNote({ id: 'n' });
  assert.is(out2.toString, 'ts');
  assert.is(Object.hasOwn(out2.tags, '__proto__'), true);
  assert.is(out2.tags.__proto__, 'p');
  assert.is(Object.getPrototypeOf(out2.tags), Object.prototype);
  assert.is(out2.tags.constructor, 'c');
  clean();
});

test('union members named like prototype properties, both ways', async () => {
  const scripted = scriptedFetch([new Response('{"id":"n","content":{"__proto__":"from the wire"}}', { status: 200 })]);
  const client = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  const out = await client.getNote({ id: 'n' });
  assert.is(Object.hasOwn(out.content, '__proto__'), true);
  assert.is(Object.getPrototypeOf(out.content), Object.prototype);
  assert.equal(Object.keys(out.content), ['__proto__']);
  const sent = scriptedFetch([json(200, { id: 'n' })]);
  const client2 = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: sent.fetch });
  await client2.putNote({ folder: 'f', path: 'p', text: 't', content: { toString: 'as data' } });
  assert.equal(JSON.parse(sent.requests[0].body).content, { toString: 'as data' });
  clean();
});

test('an error body with prototype keys does not pollute', async () => {
  const raw = '{"__proto__":{"polluted":true},"message":"m","currentVersion":1}';
  const scripted = scriptedFetch([new Response(raw, { status: 409, headers: { 'x-amzn-errortype': 'NoteConflict' } })]);
  const client = new notes.NotesClient({ region: 'us-east-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  const e = await client.putNote({ folder: 'f', path: 'p', text: 't' }).catch((x: unknown) => x);
  assert.instance(e, notes.NoteConflict);
  assert.is(e.currentVersion, 1);
  clean();
});

test.run();
