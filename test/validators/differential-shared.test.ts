/**
 * Differential fuzzing over the shared AWS models: for every operation input and output, values at
 * and around each constraint's boundaries, checked by the generated validator and by the reference
 * checker, which must find the same problems. Fewer runs per operation than for the shipped model:
 * these models have thousands of operations between them.
 *
 * The four largest models (connect, iot, mediaconvert, quicksight) are left to the scale tests,
 * which compile and type-check their validators; fuzzing them too would take minutes of CI. So is
 * lambda, in both forms: at more than four runs an operation its values take minutes to generate
 * (an open question for the value generators, noted in the issue).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importShared, SHARED_MODELS } from '../import/harness.ts';
import { assertAgreement } from './agreement.ts';

const RUNS = Number(process.env.FUZZ_RUNS_SHARED ?? 6);
const LARGE = /^(connect|iot|mediaconvert|quicksight)-/;
const SLOW = (_format: string, file: string) => file.startsWith('lambda-');
let total = 0;
let valid = 0;
let sides = 0;

for (const [format, file] of SHARED_MODELS.filter(([format, f]) => !LARGE.test(f) && !SLOW(format, f))) {
  test(`${format} ${file}: validators agree with the reference checker`, async () => {
    const { ir } = importShared(format, file);
    const result = await assertAgreement(ir, `${format}-${file.replace(/\.json$/, '')}`, RUNS);
    total += result.values;
    valid += result.valid;
    sides += ir.operations.length * 2;
    assert.ok(result.valid > 0 && result.valid < result.values, `${result.valid} of ${result.values} valid`);
  });
}

test('figures', () => {
  console.log(`  ${sides} operation inputs and outputs, ${total} values (${valid} valid): validators and reference agree on all`);
});

test.run();
