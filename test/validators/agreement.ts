/** Shared by the differential tests: generated validators against the reference checker. */
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { checkValue } from '../../generator/check/constraints/checkValue.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { ValueArbitraries } from '../support/arbitraries.ts';
import { generatedValidators, type Issue } from '../support/validators.ts';

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

