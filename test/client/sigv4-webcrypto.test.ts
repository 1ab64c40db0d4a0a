/**
 * The signing path browsers take: no `process.getBuiltinModule`, so no node:crypto, and every
 * SHA-256 and HMAC through Web Crypto. AWS's SigV4 suite must pass the same as on Node.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { signingInputs, vectors } from './sigv4Inputs.ts';

// Before the runtime first looks node:crypto up (it caches what it finds): as in a browser.
(process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
const { signRequest } = await import('../../templates/runtime/client/signer.ts');
let digests = 0;
const digest = crypto.subtle.digest.bind(crypto.subtle);
crypto.subtle.digest = (...args: Parameters<typeof digest>) => {
  digests++;
  return digest(...args);
};

test('every SigV4 vector signs through Web Crypto, bodies as strings or bytes', async () => {
  for (const v of vectors) {
    const { request, credentials, context } = signingInputs(v);
    assert.is((await signRequest(request, credentials, context)).authorization, v.authz, v.name);
    if (request.body === undefined) continue;
    const bytes = { ...request, body: new TextEncoder().encode(request.body) };
    assert.is((await signRequest(bytes, credentials, context)).authorization, v.authz, `${v.name}, body as bytes`);
  }
  assert.ok(digests >= 2 * vectors.length, 'Web Crypto did the hashing');
});

test.run();
