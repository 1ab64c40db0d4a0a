/**
 * AWS's SigV4 test suite through the signing path the client uses (`canonicalRequest`/`signRequest`
 * with a request built the way the client builds one: a URL whose path segments and query are
 * escaped by the protocol runtime, headers as one record).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { canonicalRequest, signRequest } from '../../templates/runtime/client/signer.ts';
import { signingInputs, vectors } from './sigv4Inputs.ts';

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
