/**
 * The generated validators against the reference checker (generator/check/constraints), which
 * interprets Smithy's constraint semantics directly over the IR and shares no code with them. For
 * every operation's input and output, fast-check generates values at and around each constraint's
 * boundaries; both must find exactly the same problems (path and constraint) in every one.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { join } from 'node:path';
import { checkValue } from '../../generator/check/constraints/checkValue.ts';
import { loadModel } from '../../generator/load/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { ValueArbitraries } from '../support/arbitraries.ts';
import { generatedValidators, repoRoot, type Issue } from '../support/validators.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

function key(issues: { path: string; constraint: string }[]): string[] {
  return issues.map((i) => `${i.path} ${i.constraint}`).sort();
}

/** Example inputs and outputs of the model, as runtime values, seed the generators with valid data. */
function examplesByShape(ir: ServiceIR): Map<string, unknown[]> {
  const samples = new Map<string, unknown[]>();
  for (const op of ir.operations) {
    for (const example of op.examples) {
      samples.set(op.input, [...(samples.get(op.input) ?? []), example.input]);
      if (example.output) samples.set(op.output, [...(samples.get(op.output) ?? []), example.output]);
    }
  }
  return samples;
}

export async function assertAgreement(ir: ServiceIR, name: string, runs: number): Promise<{ values: number; valid: number }> {
  const validators = await generatedValidators(ir, name);
  const arbitraries = new ValueArbitraries(ir, examplesByShape(ir));
  let values = 0;
  let valid = 0;
  for (const op of ir.operations) {
    for (const side of ['input', 'output'] as const) {
      const validate = validators.get(op.name)![side];
      const shape = op[side];
      fc.assert(
        fc.property(arbitraries.near(shape), (value) => {
          const ours: Issue[] = validate(value);
          const reference = checkValue(ir, shape, value, 'runtime');
          values++;
          if (reference.length === 0) valid++;
          assert.equal(key(ours), key(reference), `${op.name} ${side}`);
        }),
        { numRuns: runs, seed: 20261130 },
      );
    }
  }
  return { values, valid };
}

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
