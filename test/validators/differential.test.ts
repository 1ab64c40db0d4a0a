/**
 * The generated validators against the reference checker (generator/check/constraints), which
 * interprets Smithy's constraint semantics directly over the IR and shares no code with them. For
 * every operation's input and output, fast-check generates values at and around each constraint's
 * boundaries; both must find exactly the same problems (path and constraint) in every one.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadModel } from '../../generator/load/index.ts';
import { repoRoot } from '../support/validators.ts';
import { assertAgreement } from './agreement.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

test('the socialmessaging validators agree with the reference checker on boundary values', async () => {
  const { ir } = await loadModel(join(repoRoot, 'model'));
  assert.ok(ir);
  const { values, valid } = await assertAgreement(ir!, 'socialmessaging', RUNS);
  // Both verdicts must be exercised, or agreement means little.
  assert.ok(valid > values / 10, `only ${valid} of ${values} generated values were valid`);
  assert.ok(valid < values * 0.9, `only ${values - valid} of ${values} generated values were invalid`);
  console.log(`  ${values} values, ${valid} valid, ${values - valid} invalid: validators and reference agree`);
});

test.run();
