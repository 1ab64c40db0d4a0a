import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFile } from './run.ts';

const SHARED = fileURLToPath(new URL('../../../shared/conformance/botocore-rest-json/', import.meta.url));

/**
 * Cases that cannot pass until the IR carries what they test; each names the missing piece. A case
 * that starts passing must be taken off this list, so the list never hides a regression.
 */
const KNOWN_FAILURES: Record<string, string> = {
  RestJsonEndpointTrait: 'the IR has no endpoint hostPrefix (botocore `endpoint.hostPrefix`)',
  RestJsonEndpointTraitWithHostLabel: 'the IR has no endpoint hostPrefix or host labels',
  RestJsonHttpChecksumRequired: 'the IR has no httpChecksumRequired, and Content-MD5 needs MD5, which Web Crypto lacks',
  SDKAppliedContentEncoding_restJson1: 'the IR has no requestCompression trait',
  SDKAppendedGzipAfterProvidedEncoding_restJson1: 'the IR has no requestCompression trait',
  MediaTypeHeaderInputBase64: 'the botocore importer drops `jsonvalue: true` (it would be mediaType on the target string)',
  MediaTypeHeaderOutputBase64: 'the botocore importer drops `jsonvalue: true` (it would be mediaType on the target string)',
};

for (const file of ['input.json', 'output.json']) {
  test(`botocore rest-json ${file}: every case passes but the named known failures`, async () => {
    const results = await runFile(join(SHARED, file));
    assert.ok(results.length > 80, `only ${results.length} cases ran`);
    const unexpected = results.filter((r) => r.problems.length > 0 && !(r.id in KNOWN_FAILURES));
    assert.equal(unexpected.map((r) => `${r.id}: ${r.problems.join('; ')}`), []);
    const fixed = results.filter((r) => r.problems.length === 0 && r.id in KNOWN_FAILURES);
    assert.equal(fixed.map((r) => r.id), [], 'known failures that pass now: take them off the list');
  });
}

test.run();
