/**
 * The protocol runtime's parts on their own, and the round trips between the client's generated
 * serde and the mock server's schema-driven runtime, for any input and output: two implementations
 * of one protocol that must agree.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { joinHeaderList, splitHeaderList, escapeUri } from '../../templates/runtime/protocol/http.ts';
import { compileRoute, matchRoute, parseRequest } from '../../templates/runtime/protocol/request.ts';
import { serializeResponse } from '../../templates/runtime/protocol/response.ts';
import { parseTimestamp } from '../../templates/runtime/protocol/timestamp.ts';
import { sanitizeErrorCode } from '../../templates/runtime/protocol/errors.ts';
import type { OperationDefinition } from '../../templates/runtime/client/client.ts';
import { notesClientModule } from './notes.ts';

const { client: notes } = await notesClientModule('client-protocol');
const putNote = notes.PutNoteOperation as OperationDefinition<Record<string, unknown>, unknown>;
const schema = putNote.schema!;

test('header lists: any items survive join and split, commas and quotes included', () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[ -~]*$/).map((s) => s.trim()), { maxLength: 6 }), (items) => {
      const joined = joinHeaderList(items);
      if (items.length === 1 && items[0] === '') return; // an empty header carries no list
      assert.equal(splitHeaderList(joined, false), items);
    }),
  );
  assert.equal(splitHeaderList('Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT', true), ['Mon, 16 Dec 2019 23:48:18 GMT', 'Tue, 17 Dec 2019 23:48:18 GMT']);
});

test('timestamps are parsed strictly', () => {
  assert.is(parseTimestamp('2019-12-16T22:48:18-01:00', 'date-time').getTime(), 1576540098000);
  assert.is(parseTimestamp('1576540098.5', 'epoch-seconds').getTime(), 1576540098500);
  for (const [text, format] of [['yesterday', 'date-time'], ['2019-12-16', 'date-time'], ['12 Dec 2019', 'http-date'], ['1e3', 'epoch-seconds']] as const) {
    assert.throws(() => parseTimestamp(text, format), /expected/);
  }
});

test('URI escaping covers what encodeURIComponent leaves', () => {
  assert.is(escapeUri("a b!'()*/"), '%20b%21%27%28%29%2A%2F'.replace(/^/, 'a'));
});

test('routes: literal segments that look like regexes, greedy labels, literal query', () => {
  const regexy = compileRoute('/ReDosLiteral/{str}/(a+)+');
  assert.equal(matchRoute(regexy, '/ReDosLiteral/abc/(a+)+', new URLSearchParams()), { str: 'abc' });
  assert.is(matchRoute(regexy, '/ReDosLiteral/abc/aaaa', new URLSearchParams()), undefined);
  const greedy = compileRoute('/files/{bucket}/{key+}');
  assert.equal(matchRoute(greedy, '/files/b/a/b%20c', new URLSearchParams()), { bucket: 'b', key: 'a/b c' });
  assert.is(matchRoute(greedy, '/files/b', new URLSearchParams()), undefined);
  const query = compileRoute('/q?foo=bar&flag');
  assert.ok(matchRoute(query, '/q', new URLSearchParams('foo=bar&flag')));
  assert.is(matchRoute(query, '/q', new URLSearchParams('foo=baz&flag')), undefined);
});

test('error codes lose their namespace and URI suffix', () => {
  assert.is(sanitizeErrorCode('aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/'), 'FooError');
  assert.is(sanitizeErrorCode('FooError'), 'FooError');
});

const text = fc.string({ maxLength: 20 });
const label = fc.string({ minLength: 1, maxLength: 12 });
const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/));
const putNoteInput = fc.record(
  {
    folder: label,
    path: fc.array(label, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
    text,
    secret: text,
    labels: fc.array(text, { maxLength: 3 }),
    tags: fc.dictionary(key, text, { maxKeys: 4 }),
    meta: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), fc.stringMatching(/^[!-~]([ -~]*[!-~])?$/), { maxKeys: 3 }),
    token: fc.stringMatching(/^[!-~]{1,20}$/),
    content: fc.oneof(fc.record({ plain: text }), fc.record({ toString: text })),
  },
  { requiredKeys: ['folder', 'path', 'text'] },
  // fast-check builds objects without a prototype; callers' objects have one (JSON keeps `__proto__` keys as data).
).map((input) => JSON.parse(JSON.stringify(input)) as Record<string, any>);

/** Greedy labels cannot carry empty segments; `.` and `..` are refused (next test). */
function routable(input: Record<string, any>): boolean {
  return ![input.folder, ...input.path.split('/')].some((s: string) => s === '' || s === '.' || s === '..');
}

test('labels that a URL parser would resolve as dot segments are refused, not sent elsewhere', () => {
  for (const [folder, path] of [['.', 'a'], ['..', 'a'], ['f', 'a/../admin'], ['f', './x']]) {
    assert.throws(() => putNote.serialize({ folder, path, text: 't', token: 'x' }), /cannot hold a "\." or "\.\." path segment/);
  }
  assert.is(putNote.serialize({ folder: '..x', path: 'a.b/..c', text: 't', token: 'x' }).path, '/notes/..x/a.b/..c');
});

test('any input the client serialises, the mock parses back to the same value', () => {
  fc.assert(
    fc.property(putNoteInput.filter(routable), (input) => {
      const request = putNote.serialize({ token: 'filled-in-token', ...input });
      const url = new URL(`http://h${request.path}${request.query ? `?${request.query}` : ''}`);
      const labels = matchRoute(compileRoute(schema.uri), url.pathname, url.searchParams);
      assert.ok(labels, `no route for ${url.pathname}`);
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const body = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : (request.body ?? new Uint8Array(0));
      const parsed = parseRequest(schema, labels!, url.searchParams, headers, body);
      const expected = { token: 'filled-in-token', ...input, ...(input.labels?.length === 0 && { labels: undefined }), ...(input.meta && Object.keys(input.meta).length === 0 && { meta: undefined }) };
      for (const k of Object.keys(expected)) if (expected[k as keyof typeof expected] === undefined) delete expected[k as keyof typeof expected];
      assert.equal(parsed, expected);
    }),
    { numRuns: 300, seed: 1 },
  );
});

test('any output the mock serialises, the client parses back to the same value', () => {
  const output = fc.record({ id: label, version: fc.integer(), created: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }) }, { requiredKeys: ['id'] });
  fc.assert(
    fc.property(output, (out) => {
      const response = serializeResponse(schema, out);
      const body = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : (response.body ?? new Uint8Array(0));
      const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const parsed = putNote.deserialize(response.status, headers, body);
      assert.equal(parsed, { ...out, status: 200 });
    }),
    { numRuns: 200, seed: 2 },
  );
});

test.run();
