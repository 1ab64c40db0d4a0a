/**
 * AWS's SigV4 test suite through the signing path the client uses (`canonicalRequest`/`signRequest`
 * with a request built the way the client builds one: a URL whose path segments and query are
 * escaped by the protocol runtime, headers as one record).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { canonicalRequest, signRequest } from '../../templates/runtime/client/signer.ts';
import { escapeUri } from '../../templates/runtime/protocol/http.ts';
import { loadSigV4Vectors, SIGV4_CONTEXT, type SigV4Vector } from '../conformance/sigv4-vectors.ts';

const vectors = loadSigV4Vectors();

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The request line's target as the client would send it: every segment and query part escaped. */
function urlOf(target: string): string {
  const [path, query] = target.split(/\?(.*)/s);
  const escapedPath = path.split('/').map((s) => escapeUri(decode(s))).join('/');
  const escapedQuery = (query ?? '')
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=').map((p) => escapeUri(decode(p))).join('='))
    .join('&');
  return `https://example.amazonaws.com${escapedPath}${escapedQuery ? `?${escapedQuery}` : ''}`;
}

/** Obsolete line folding becomes one space; repeated names join with `,` (RFC 9110). */
function headersOf(v: SigV4Vector): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, raw] of v.headers) {
    if (/^(host|x-amz-date)$/i.test(name)) continue; // the signer derives both
    const value = raw.replace(/\n\s*/g, ' ');
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return headers;
}

function signingInputs(v: SigV4Vector) {
  // `post-sts-header-after` adds the token after signing: the signature must not cover it.
  const token = v.name === 'post-sts-header-after' ? undefined : v.sessionToken;
  const credentials = { accessKeyId: SIGV4_CONTEXT.accessKeyId, secretAccessKey: SIGV4_CONTEXT.secretAccessKey, sessionToken: token };
  const request = { method: v.method, url: urlOf(v.target), headers: headersOf(v), body: v.body || undefined };
  const context = { region: SIGV4_CONTEXT.region, service: SIGV4_CONTEXT.service, date: SIGV4_CONTEXT.date, doubleEncodePath: false };
  return { request, credentials, context };
}

test('the suite is there', () => {
  assert.ok(vectors.length >= 30, `${vectors.length} vectors`);
});

for (const v of vectors) {
  test(`SigV4 ${v.name}: canonical request, string to sign, authorization`, async () => {
    const { request, credentials, context } = signingInputs(v);
    const signed = await canonicalRequest(request, credentials, context);
    assert.is(signed.canonical, v.creq);
    assert.is(signed.stringToSign, v.sts);
    const headers = await signRequest(request, credentials, context);
    assert.is(headers.authorization, v.authz);
  });
}

test('AWS services get the path encoded twice in the canonical request, as AWS SDKs do', async () => {
  const { credentials, context } = signingInputs(vectors[0]);
  const request = { method: 'GET', url: 'https://example.amazonaws.com/notes/a%2Fb', headers: {} };
  const single = (await canonicalRequest(request, credentials, context)).canonical;
  const double = (await canonicalRequest(request, credentials, { ...context, doubleEncodePath: true })).canonical;
  assert.is(single.split('\n')[1], '/notes/a%2Fb');
  assert.is(double.split('\n')[1], '/notes/a%252Fb');
});

test.run();
