/**
 * The generator, the runtime shipped in templates/, the tests and the benchmarks type-check under
 * the repository's strict tsconfig. Runtime code is real TypeScript only if this holds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/validators.ts';

test('tsc --noEmit -p tsconfig.json reports no error', () => {
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/tsc'), ['--noEmit', '-p', join(repoRoot, 'tsconfig.json')], { encoding: 'utf8' });
  assert.is(result.status, 0, `${result.stdout}${result.stderr}`.slice(0, 4000));
});

test.run();
