// Request serialisation: botocore's input.json, one file so it runs beside output.json.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_FAILURES } from './knownFailures.ts';
import { runFile } from './run.ts';

const SHARED = fileURLToPath(new URL('../../../shared/conformance/botocore-rest-json/', import.meta.url));

test('botocore rest-json input.json: every case passes but the named known failures', async () => {
  const results = await runFile(join(SHARED, 'input.json'));
  assert.ok(results.length > 80, `only ${results.length} cases ran`);
  const unexpected = results.filter((r) => r.problems.length > 0 && !(r.id in KNOWN_FAILURES));
  assert.equal(unexpected.map((r) => `${r.id}: ${r.problems.join('; ')}`), []);
  const fixed = results.filter((r) => r.problems.length === 0 && r.id in KNOWN_FAILURES);
  assert.equal(fixed.map((r) => r.id), [], 'known failures that pass now: take them off the list');
});

test.run();
