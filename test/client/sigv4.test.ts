/**
 * AWS's SigV4 test suite through both signing paths the client uses, with a request built the way
 * the client builds one (a URL whose path segments and query are escaped by the protocol runtime,
 * headers as one record): aws4fetch over Web Crypto (browsers; `prepareSigner` shows its canonical
 * request) and aws4 over node:crypto (Node, Deno, Bun).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { signRequest as nodeSignRequest } from '../../templates/runtime/client/nodeSigner.ts';
import { prepareSigner, signRequest } from '../../templates/runtime/client/signer.ts';
import { signingInputs, vectors } from './sigv4Inputs.ts';

test('the suite is there', () => {
  assert.ok(vectors.length >= 30, `${vectors.length} vectors`);
});

for (const v of vectors) {
  test(`SigV4 ${v.name}: canonical request, string to sign, authorization`, async () => {
    const { request, credentials, context } = signingInputs(v);
    const signer = prepareSigner(request, credentials, context);
    assert.is(await signer.canonicalString(), v.creq);
    assert.is(await signer.stringToSign(), v.sts);
    const headers = await signRequest(request, credentials, context);
    assert.is(headers.authorization, v.authz);
  });

  test(`SigV4 ${v.name}: aws4 on node:crypto signs the same`, async () => {
    const { request, credentials, context } = signingInputs(v);
    const headers = await nodeSignRequest(request, credentials, context);
    assert.is(headers.authorization, v.authz);
  });
}

test('a body given as bytes signs as the same body given as text', async () => {
  for (const v of vectors.filter((v) => v.body)) {
    const { request, credentials, context } = signingInputs(v);
    const bytes = { ...request, body: new TextEncoder().encode(request.body) };
    assert.is((await signRequest(bytes, credentials, context)).authorization, v.authz, v.name);
    assert.is((await nodeSignRequest(bytes, credentials, context)).authorization, v.authz, `${v.name}, aws4`);
  }
});

test('AWS services get the path encoded twice in the canonical request, as AWS SDKs do', async () => {
  const { credentials, context } = signingInputs(vectors[0]);
  const request = { method: 'GET', url: 'https://example.amazonaws.com/notes/a%2Fb', headers: {} };
  const single = await prepareSigner(request, credentials, context).canonicalString();
  const double = await prepareSigner(request, credentials, { ...context, doubleEncodePath: true }).canonicalString();
  assert.is(single.split('\n')[1], '/notes/a%2Fb');
  assert.is(double.split('\n')[1], '/notes/a%252Fb');
  // Both signers agree in the mode AWS services use, session token included.
  const withToken = { ...credentials, sessionToken: 'token/with+chars' };
  const signedDouble = { ...context, doubleEncodePath: true };
  const queries = [
    '?b=2&a=1%20x&a=0',
    // More pairs than Node's querystring keeps by default, and keys an object cannot hold as data.
    `?${Array.from({ length: 1001 }, (_, i) => `id=${i}`).join('&')}`,
    '?__proto__=1&constructor=2&a=3',
  ];
  for (const query of queries) {
    const web = await signRequest({ ...request, url: `${request.url}${query}` }, withToken, signedDouble);
    const node = await nodeSignRequest({ ...request, url: `${request.url}${query}` }, withToken, signedDouble);
    assert.equal(node, web, query.slice(0, 40));
  }
});

test.run();
