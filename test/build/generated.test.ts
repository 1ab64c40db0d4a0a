import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { repoRoot, runCli } from './harness.ts';

/**
 * `npm test` fails when the committed generated/ is not what the model and generator produce:
 * after changing either, run `npm run generate` and commit the result with the change.
 */
test('generated/ is what `shapecraft generate` produces from model/ (generate --check)', () => {
  const run = runCli(['generate', '--check'], { cwd: repoRoot });
  assert.is(run.code, 0, `${run.stdout}${run.stderr}`);
  assert.match(run.stdout, /is up to date with the model/);
});

test.run();
