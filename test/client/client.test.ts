/** The generated client end to end against a scripted fetch: requests, validation, errors, config. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { awsError, json, scriptedFetch, STATIC_CREDENTIALS, type Answer } from './fakeFetch.ts';
import { notesClientModule } from './notes.ts';
import { regionalEndpoint } from '../../templates/runtime/client/partition.ts';

const { client: notes } = await notesClientModule('client-main');

function clientWith(answers: Answer[], extra: Record<string, unknown> = {}) {
  const scripted = scriptedFetch(answers);
  const client = new notes.NotesClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch, ...extra });
  return { client, requests: scripted.requests };
}

test('a call becomes one signed request with every binding in its place', async () => {
  const { client, requests } = clientWith([json(200, { id: 'note-1', version: 2, created: 1735787045 }, { 'x-amzn-requestid': 'r' })]);
  const out = await client.putNote({
    folder: 'my folder',
    path: 'a/b c',
    text: 'hello',
    labels: ['x', 'y'],
    meta: { color: 'red' },
    token: 'tok-1',
  });
  const r = requests[0];
  assert.is(r.method, 'PUT');
  assert.is(r.url.origin, 'https://notes.eu-west-1.example.com');
  assert.is(r.url.pathname, '/notes/my%20folder/a/b%20c');
  assert.is(r.url.search, '?label=x&label=y');
  assert.is(r.headers.get('x-token'), 'tok-1');
  assert.is(r.headers.get('x-meta-color'), 'red');
  assert.is(r.headers.get('content-type'), 'application/json');
  assert.equal(JSON.parse(r.body), { text: 'hello' });
  assert.match(r.headers.get('authorization')!, /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-1\/notes\/aws4_request, SignedHeaders=content-type;host;/);
  assert.ok(r.headers.get('x-amz-date'));
  assert.equal(out, { id: 'note-1', version: 2, created: new Date(1735787045000), status: 200 });
});

test('the standalone function on the method-less base client, for one-operation bundles', async () => {
  const scripted = scriptedFetch([json(200, { id: 'n', text: 't' })]);
  const base = new notes.NotesBaseClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  assert.is(typeof base.getNote, 'undefined');
  assert.equal(await notes.getNote(base, { id: 'n' }), { id: 'n', text: 't' });
  assert.is(scripted.requests[0].url.pathname, '/notes/n');
});

test('a bad input throws one error listing every problem, sends nothing, and hides sensitive values', async () => {
  const { client, requests } = clientWith([json(200, {})]);
  try {
    await client.putNote({ folder: 'f', path: 'p', secret: 'this-secret-is-too-long', role: 'not-an-arn' });
    assert.unreachable();
  } catch (e: any) {
    assert.is(e.name, 'InputValidationError');
    const paths = e.issues.map((i: any) => i.path).sort();
    assert.equal(paths, ['/role', '/secret', '/text']);
    assert.not.match(e.message, /this-secret-is-too-long/);
    assert.match(e.message, /\/secret: the value \(sensitive, not shown\)/);
  }
  assert.is(requests.length, 0);
});

test('a header value that HTTP cannot carry is an input error, not a network error retried three times', async () => {
  const { client, requests } = clientWith([json(200, { id: 'n' })]);
  for (const input of [{ token: 'a\r\nX-Injected: 1' }, { meta: { 'bad name': 'v' } }, { token: 'emoji 😹' }]) {
    const e = await client.putNote({ folder: 'f', path: 'p', text: 't', ...input }).catch((x: unknown) => x);
    assert.is(e.name, 'InputValidationError', JSON.stringify(input));
  }
  assert.is(requests.length, 0);
});

test('errors: modeled class with members, fault, status, request id; unknown codes become the base exception', async () => {
  const { client } = clientWith([
    awsError(409, 'aws.notes#NoteConflict:http://internal', { message: 'stale', currentVersion: 3 }, 'rid-9'),
    awsError(418, 'Teapot', { message: 'short and stout' }, 'rid-10'),
  ]);
  const conflict = await client.putNote({ folder: 'f', path: 'p', text: 't' }).catch((e: unknown) => e);
  assert.instance(conflict, notes.NoteConflict);
  assert.instance(conflict, notes.NotesServiceException);
  assert.is(conflict.name, 'NoteConflict');
  assert.is(conflict.message, 'stale');
  assert.is(conflict.currentVersion, 3);
  assert.is(conflict.$fault, 'client');
  assert.equal(conflict.$metadata, { httpStatusCode: 409, requestId: 'rid-9', attempts: 1 });
  const unknown = await client.getNote({ id: 'x' }).catch((e: unknown) => e);
  assert.instance(unknown, notes.NotesServiceException);
  assert.is(unknown.name, 'Teapot');
  assert.is(unknown.message, 'short and stout');
  assert.is(unknown.$metadata.httpStatusCode, 418);
});

test('the hook sees the request before signing and can change it, and sees the response', async () => {
  const seen: string[] = [];
  const { client, requests } = clientWith([json(200, { id: 'n' })], {
    hook: async (request: any, next: any) => {
      seen.push(`${request.operation} ${request.method} ${new URL(request.url).pathname}`);
      const response = await next({ ...request, headers: { ...request.headers, 'x-trace': 'abc' } });
      seen.push(`status ${response.status}`);
      return response;
    },
  });
  await client.getNote({ id: 'n' });
  assert.equal(seen, ['GetNote GET /notes/n', 'status 200']);
  assert.is(requests[0].headers.get('x-trace'), 'abc');
  assert.match(requests[0].headers.get('authorization')!, /x-trace/, 'the added header is signed');
});

test('a hook may read the response body to log it and change its headers; the client still reads the response', async () => {
  const logged: string[] = [];
  const { client } = clientWith([json(409, { message: 'stale', currentVersion: 3 }, { 'x-amzn-errortype': 'NoteConflict', 'x-amzn-requestid': 'from-service' })], {
    hook: async (request: any, next: any) => {
      const response: Response = await next(request);
      logged.push(await response.text());
      response.headers.set('x-amzn-requestid', 'from-hook');
      return response;
    },
  });
  const e = await client.putNote({ folder: 'f', path: 'p', text: 't', token: 'k' }).catch((x: unknown) => x);
  assert.instance(e, notes.NoteConflict);
  assert.is(e.currentVersion, 3);
  assert.is(e.$metadata.requestId, 'from-hook');
  assert.equal(logged, ['{"message":"stale","currentVersion":3}']);
});

test('credentials: from the environment, or from an SDK-style provider, refreshed before expiry', async () => {
  const saved = { ...process.env };
  try {
    process.env.AWS_ACCESS_KEY_ID = 'ENVKEY';
    process.env.AWS_SECRET_ACCESS_KEY = 'ENVSECRET';
    process.env.AWS_SESSION_TOKEN = 'ENVTOKEN';
    process.env.AWS_REGION = 'ap-south-1';
    const env = scriptedFetch([json(200, { id: 'n' })]);
    await new notes.NotesClient({ fetch: env.fetch }).getNote({ id: 'n' });
    assert.match(env.requests[0].headers.get('authorization')!, /Credential=ENVKEY\/\d{8}\/ap-south-1\//);
    assert.is(env.requests[0].headers.get('x-amz-security-token'), 'ENVTOKEN');
  } finally {
    process.env = saved;
  }
  let now = Date.UTC(2025, 0, 1);
  let calls = 0;
  const provider = async () => ({ accessKeyId: `KEY${++calls}`, secretAccessKey: 's', expiration: new Date(now + 10 * 60_000) });
  const { client, requests } = clientWith([json(200, { id: 'n' })], { credentials: provider, now: () => now });
  await Promise.all([client.getNote({ id: 'n' }), client.getNote({ id: 'n' })]);
  assert.is(calls, 1, 'concurrent calls share one provider call');
  now += 6 * 60_000; // within 5 minutes of expiry
  await client.getNote({ id: 'n' });
  assert.is(calls, 2);
  assert.match(requests[2].headers.get('authorization')!, /Credential=KEY2\//);
});

test('no credentials anywhere: a clear error and no request', async () => {
  const saved = { ...process.env };
  try {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    const scripted = scriptedFetch([json(200, {})]);
    const e = await new notes.NotesClient({ region: 'us-east-1', fetch: scripted.fetch }).getNote({ id: 'n' }).catch((x: unknown) => x);
    assert.is(e.name, 'CredentialsError');
    assert.is(scripted.requests.length, 0);
  } finally {
    process.env = saved;
  }
});

test('an AbortSignal cancels the call, with no retry', async () => {
  const controller = new AbortController();
  let calls = 0;
  const { client } = clientWith([
    () => {
      calls++;
      return new Promise<Response>(() => controller.abort(new Error('user gave up')));
    },
  ]);
  const e = await client.getNote({ id: 'n' }, { signal: controller.signal }).catch((x: unknown) => x);
  assert.is(e.message, 'user gave up');
  assert.is(calls, 1);
});

test('a hung server times out per attempt, and timeouts retry', async () => {
  let calls = 0;
  const hang: Answer = (_r) => {
    calls++;
    return new Promise<Response>(() => undefined);
  };
  const { client } = clientWith([hang], { timeoutMs: 20, sleep: async () => {} });
  const e = await client.getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(e.name, 'TimeoutError');
  assert.is(calls, 3);
});

test('the time limit and the signal cover the whole attempt: a hung credential provider, a hook\'s stalled body', async () => {
  const hungCredentials = clientWith([json(200, { id: 'n' })], { credentials: () => new Promise(() => undefined), timeoutMs: 20, maxAttempts: 1 });
  const e1 = await hungCredentials.client.getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(e1.name, 'TimeoutError');
  assert.is(hungCredentials.requests.length, 0);

  let cancelled: unknown;
  const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined), cancel: (reason) => void (cancelled = reason) });
  const hooked = clientWith([json(200, { id: 'n' })], { hook: async () => new Response(stalled, { status: 200 }), maxAttempts: 1 });
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('user gave up')), 20);
  const e2 = await hooked.client.getNote({ id: 'n' }, { signal: controller.signal }).catch((x: unknown) => x);
  assert.is(e2.message, 'user gave up');
  assert.is((cancelled as Error | undefined)?.message, 'user gave up', 'the stalled body is cancelled');

  // A hook that answers only after the time limit: its Response is cancelled, not left locked.
  let lateCancelled = false;
  const late = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined), cancel: () => void (lateCancelled = true) });
  const slowHook = clientWith([json(200, { id: 'n' })], {
    hook: () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(late, { status: 200 })), 60)),
    timeoutMs: 20,
    maxAttempts: 1,
  });
  assert.is((await slowHook.client.getNote({ id: 'n' }).catch((x: unknown) => x)).name, 'TimeoutError');
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(lateCancelled, 'the late Response is cancelled');
});

test('a time limit beyond what a timer holds, or Infinity, is no limit rather than an instant timeout', async () => {
  for (const timeoutMs of [Infinity, 3_000_000_000]) {
    const { client } = clientWith([() => new Promise<Response>((resolve) => setTimeout(() => resolve(json(200, { id: 'n' })), 20))], { timeoutMs });
    assert.equal(await client.getNote({ id: 'n' }), { id: 'n' }, String(timeoutMs));
  }
});

test('a modeled error takes the message the body gives, whatever its case', async () => {
  const { client } = clientWith([awsError(409, 'NoteConflict', { Message: 'stale, said in capitals', currentVersion: 3 })]);
  const e = await client.putNote({ folder: 'f', path: 'p', text: 't' }).catch((x: unknown) => x);
  assert.instance(e, notes.NoteConflict);
  assert.is(e.message, 'stale, said in capitals');
});

test('text with a lone surrogate, which has no UTF-8 form, is an input error in a label and a query', async () => {
  const { client, requests } = clientWith([json(200, { id: 'n' })]);
  for (const input of [{ folder: 'a\uD800' }, { labels: ['\uDC00b'] }]) {
    const e = await client.putNote({ folder: 'f', path: 'p', text: 't', ...input }).catch((x: unknown) => x);
    assert.is(e.name, 'InputValidationError', JSON.stringify(input));
    assert.match(e.message, /lone surrogate/);
  }
  assert.is(requests.length, 0);
});

test('responses are validated when asked', async () => {
  const { client } = clientWith([json(200, { id: 'NOT VALID' })], { validateResponses: true });
  const e = await client.getNote({ id: 'n' }).catch((x: unknown) => x);
  assert.is(e.name, 'ResponseValidationError');
  assert.match(e.message, /\/id/);
  const lax = clientWith([json(200, { id: 'NOT VALID' })]);
  assert.equal(await lax.client.getNote({ id: 'n' }), { id: 'NOT VALID' });
});

test('standalone functions leave output validators out, so they refuse validateResponses; send() with the full definition validates', async () => {
  const scripted = scriptedFetch([json(200, { id: 'NOT VALID' })]);
  const base = new notes.NotesBaseClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch, validateResponses: true });
  const refused = await notes.getNote(base, { id: 'n' }).catch((x: unknown) => x);
  assert.match(refused.message, /validateResponses: GetNote was sent without its output validator/);
  assert.is(scripted.requests.length, 0, 'nothing was sent');
  const checked = await base.send(notes.GetNoteOperation, { id: 'n' }).catch((x: unknown) => x);
  assert.is(checked.name, 'ResponseValidationError');
  const lax = new notes.NotesBaseClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  assert.equal(await notes.getNote(lax, { id: 'n' }), { id: 'NOT VALID' });
});

test('an amazonaws.com endpoint takes the DNS suffix of the region\'s partition; other hosts stay as written', () => {
  const template = 'https://social-messaging.{region}.amazonaws.com';
  const cases: [string, string][] = [
    ['us-east-1', 'https://social-messaging.us-east-1.amazonaws.com'],
    ['us-gov-west-1', 'https://social-messaging.us-gov-west-1.amazonaws.com'],
    ['cn-north-1', 'https://social-messaging.cn-north-1.amazonaws.com.cn'],
    ['us-iso-east-1', 'https://social-messaging.us-iso-east-1.c2s.ic.gov'],
    ['us-isob-east-1', 'https://social-messaging.us-isob-east-1.sc2s.sgov.gov'],
    ['us-isof-south-1', 'https://social-messaging.us-isof-south-1.csp.hci.ic.gov'],
    ['eu-isoe-west-1', 'https://social-messaging.eu-isoe-west-1.cloud.adc-e.uk'],
    ['eusc-de-east-1', 'https://social-messaging.eusc-de-east-1.amazonaws.eu'],
  ];
  for (const [region, expected] of cases) assert.is(regionalEndpoint(template, region), expected, region);
  assert.is(regionalEndpoint('https://notes.{region}.example.com', 'cn-north-1'), 'https://notes.cn-north-1.example.com');
});

test('endpoint override and missing region', async () => {
  const { client, requests } = clientWith([json(200, { id: 'n' })], { endpoint: 'http://127.0.0.1:9/base/' });
  await client.getNote({ id: 'n' });
  assert.is(requests[0].url.href, 'http://127.0.0.1:9/base/notes/n');
  const saved = { ...process.env };
  try {
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    const e = await new notes.NotesClient({ credentials: STATIC_CREDENTIALS, fetch: scriptedFetch([json(200, {})]).fetch })
      .getNote({ id: 'n' })
      .catch((x: unknown) => x);
    assert.match(e.message, /region/);
    const evil = await new notes.NotesClient({ region: 'evil.example/#', credentials: STATIC_CREDENTIALS, fetch: scriptedFetch([json(200, {})]).fetch })
      .getNote({ id: 'n' })
      .catch((x: unknown) => x);
    assert.match(evil.message, /not a region name/);
  } finally {
    process.env = saved;
  }
});

test.run();
