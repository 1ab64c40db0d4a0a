/**
 * Retries in AWS's standard mode, with time and randomness injected: attempt counts, delay bounds,
 * the retry quota, no retry on a modeled client error, one idempotency token for every attempt.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { backoffDelay, classifyFailure, RETRY_DEFAULTS, RetryQuota } from '../../templates/runtime/client/retry.ts';
import { awsError, json, scriptedFetch, STATIC_CREDENTIALS, type Answer } from './fakeFetch.ts';
import { notesClientModule } from './notes.ts';

const { client: notes } = await notesClientModule('client-retry');
const putInput = { folder: 'work', path: 'a/b', text: 'hello' };
const ok = () => json(200, { id: 'note-1' });

function clientWith(answers: Answer[], extra: Record<string, unknown> = {}) {
  const scripted = scriptedFetch(answers);
  const sleeps: number[] = [];
  const client = new notes.NotesClient({
    region: 'us-east-1',
    credentials: STATIC_CREDENTIALS,
    fetch: scripted.fetch,
    random: () => 0.5,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { client, requests: scripted.requests, sleeps };
}

test('backoff: uniform in [0, base·2^retry), capped at 20 s, throttling backs off from 500 ms', () => {
  assert.is(backoffDelay(1, 'transient', () => 0), 0);
  assert.is(backoffDelay(1, 'transient', () => 0.999999), 199);
  assert.is(backoffDelay(2, 'transient', () => 0.999999), 399);
  assert.is(backoffDelay(1, 'throttling', () => 0.999999), 999);
  assert.is(backoffDelay(30, 'transient', () => 0.999999), RETRY_DEFAULTS.maxDelayMs - 1);
});

test('classification: throttling, 5xx, timeouts and connections retry; modeled client errors never', () => {
  assert.is(classifyFailure({ code: 'ThrottlingException', status: 400 }), 'throttling');
  assert.is(classifyFailure({ status: 429 }), 'throttling');
  assert.is(classifyFailure({ status: 503, fault: 'server' }), 'transient');
  assert.is(classifyFailure({ timeout: true }), 'timeout');
  assert.is(classifyFailure({ connection: true }), 'transient');
  assert.is(classifyFailure({ modeled: true, fault: 'client', status: 400, code: 'ValidationException' }), undefined);
  assert.is(classifyFailure({ modeled: true, fault: 'client', status: 500 }), undefined);
  assert.is(classifyFailure({ modeled: true, fault: 'client', status: 429, retryable: true }), 'throttling');
  assert.is(classifyFailure({ status: 404 }), undefined);
});

test('quota: 500 tokens, 5 per retry, 10 per timeout retry; refills on success', () => {
  const quota = new RetryQuota();
  let retries = 0;
  while (quota.acquire('transient') !== undefined) retries++;
  assert.is(retries, 100);
  assert.is(quota.acquire('timeout'), undefined);
  quota.release(5);
  assert.is(quota.available, 5);
  quota.release(undefined);
  assert.is(quota.available, 6);
  const fresh = new RetryQuota();
  assert.is(fresh.acquire('timeout'), 10);
  assert.is(fresh.available, 490);
});

test('two 503s then success: 3 attempts, bounded delays, the same idempotency token each time', async () => {
  const { client, requests, sleeps } = clientWith([awsError(503, 'ServiceUnavailable'), awsError(503, 'ServiceUnavailable'), ok()]);
  const out = await client.putNote(putInput);
  assert.is(out.id, 'note-1');
  assert.is(requests.length, 3);
  assert.equal(sleeps, [100, 200]);
  const tokens = requests.map((r) => r.headers.get('x-token'));
  assert.match(tokens[0]!, /^[0-9a-f-]{36}$/);
  assert.equal(new Set(tokens).size, 1);
});

test('three attempts at most: the last error is thrown with its attempt count', async () => {
  const { client, requests } = clientWith([awsError(500, 'InternalServerException', { message: 'boom' })]);
  try {
    await client.putNote(putInput);
    assert.unreachable();
  } catch (e: any) {
    assert.instance(e, notes.InternalServerException);
    assert.is(e.$metadata.attempts, 3);
    assert.is(e.$metadata.httpStatusCode, 500);
    assert.is(e.$fault, 'server');
  }
  assert.is(requests.length, 3);
});

test('a modeled client error is never retried', async () => {
  const { client, requests, sleeps } = clientWith([awsError(409, 'NoteConflict', { message: 'stale', currentVersion: 7 })]);
  try {
    await client.putNote(putInput);
    assert.unreachable();
  } catch (e: any) {
    assert.instance(e, notes.NoteConflict);
    assert.is(e.currentVersion, 7);
  }
  assert.is(requests.length, 1);
  assert.equal(sleeps, []);
});

test('a throttling error retries with the throttling base delay', async () => {
  const { client, requests, sleeps } = clientWith([awsError(429, 'ThrottlingException'), ok()]);
  await client.putNote(putInput);
  assert.is(requests.length, 2);
  assert.equal(sleeps, [500]);
});

test('connection errors retry; after the last attempt the NetworkError surfaces', async () => {
  const { client, requests } = clientWith([new TypeError('fetch failed')]);
  try {
    await client.putNote(putInput);
    assert.unreachable();
  } catch (e: any) {
    assert.is(e.name, 'NetworkError');
  }
  assert.is(requests.length, 3);
});

test('an empty quota stops retries: the client fails fast while the service is down', async () => {
  const { client, requests } = clientWith([awsError(503, 'ServiceUnavailable')], { maxAttempts: 2 });
  for (let i = 0; i < 100; i++) await client.putNote(putInput).catch(() => undefined);
  assert.is(requests.length, 200);
  await client.putNote(putInput).catch(() => undefined);
  assert.is(requests.length, 201, 'no retry once the 500 tokens are spent');
});

test('a clock too far off: corrected from the response\'s Date, the refused attempt signed again and retried once', async () => {
  const local = Date.parse('2026-01-01T00:00:00Z');
  const server = local + 20 * 60 * 1000;
  const skewed = () => {
    const r = awsError(403, 'InvalidSignatureException', { message: 'Signature expired' });
    r.headers.set('date', new Date(server).toUTCString());
    return r;
  };
  const { client, requests } = clientWith([skewed(), ok()], { now: () => local });
  assert.is((await client.putNote(putInput)).id, 'note-1');
  assert.equal(requests.map((r) => r.headers.get('x-amz-date')), ['20260101T000000Z', '20260101T002000Z']);
  // Refused again with the clock already corrected: not retried a second time for it.
  const again = clientWith([skewed(), skewed(), ok()], { now: () => local });
  const e = await again.client.putNote(putInput).catch((x: unknown) => x);
  assert.is(e.name, 'InvalidSignatureException');
  assert.is(again.requests.length, 2);
  // A Date within five minutes changes nothing, and the same error is then not retried.
  const close = clientWith([awsError(403, 'InvalidSignatureException'), ok()], { now: () => local });
  assert.is((await close.client.putNote(putInput).catch((x: unknown) => x)).name, 'InvalidSignatureException');
  assert.is(close.requests.length, 1);
});

test('maxAttempts: 1 turns retries off', async () => {
  const { client, requests } = clientWith([awsError(503, 'ServiceUnavailable')], { maxAttempts: 1 });
  await client.putNote(putInput).catch(() => undefined);
  assert.is(requests.length, 1);
});

test.run();
