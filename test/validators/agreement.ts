/** Shared by the differential tests: generated validators against the reference checker. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { checkValue } from '../../generator/check/constraints/checkValue.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { importShared, SHARED_MODELS } from '../import/harness.ts';
import { ValueArbitraries } from '../support/arbitraries.ts';
import { generatedValidators, type Issue } from '../support/validators.ts';

type SharedModel = (typeof SHARED_MODELS)[number];

/** Runs for each operation input and output of the shared models. */
export const SHARED_RUNS = Number(process.env.FUZZ_RUNS_SHARED ?? 30);

/**
 * Shared models fuzzed in a test file of their own (differential-<name>.test.ts), read from the
 * folder so that adding or removing such a file is the only edit; the rest share one file.
 */
export const OWN_FILE = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .map((file) => /^differential-(\w+)\.test\.ts$/.exec(file)?.[1])
  .filter((name): name is string => name !== undefined && name !== 'shared');

export function sharedModel(name: string): SharedModel {
  const found = SHARED_MODELS.filter(([, file]) => file.startsWith(`${name}-`));
  if (found.length !== 1) throw new Error(`${found.length} shared models named ${name}`);
  return found[0];
}

/** Fixed, so a failure reproduces; FUZZ_SEED explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

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

export interface Agreement {
  /** Operation inputs and outputs fuzzed. */
  sides: number;
  values: number;
  /** Values the reference checker found no problem in. */
  valid: number;
  /** Inputs and outputs that received at least one valid and one invalid value. */
  sidesWithBoth: number;
}

export async function assertAgreement(ir: ServiceIR, name: string, runs: number): Promise<Agreement> {
  const validators = await generatedValidators(ir, name);
  const arbitraries = new ValueArbitraries(ir, examplesByShape(ir));
  const total: Agreement = { sides: 0, values: 0, valid: 0, sidesWithBoth: 0 };
  for (const op of ir.operations) {
    for (const side of ['input', 'output'] as const) {
      const validate = validators.get(op.name)![side];
      const shape = op[side];
      let values = 0;
      let valid = 0;
      fc.assert(
        fc.property(arbitraries.near(shape), (value) => {
          const ours: Issue[] = validate(value);
          const reference = checkValue(ir, shape, value, 'runtime');
          values++;
          if (reference.length === 0) valid++;
          assert.equal(key(ours), key(reference), `${op.name} ${side}`);
        }),
        { numRuns: runs, seed: SEED },
      );
      total.sides++;
      total.values += values;
      total.valid += valid;
      if (valid > 0 && valid < values) total.sidesWithBoth++;
    }
  }
  return total;
}

/**
 * One test per shared model (validators generated from it, then every operation input and output
 * fuzzed `runs` times), each printing its figures and requiring that at least a tenth of its
 * values were valid and a tenth invalid, and for several models a last test printing the totals.
 */
export function fuzzSharedModels(models: SharedModel[], runs: number): void {
  const sum: Agreement = { sides: 0, values: 0, valid: 0, sidesWithBoth: 0 };
  for (const [format, file] of models) {
    test(`${format} ${file}: validators agree with the reference checker`, async () => {
      const { ir } = importShared(format, file);
      const r = await assertAgreement(ir, `${format}-${file.replace(/\.json$/, '')}`, runs);
      console.log(`  ${format} ${file}: ${figures(r)}`);
      for (const k of Object.keys(sum) as (keyof Agreement)[]) sum[k] += r[k];
      assert.ok(r.valid >= r.values / 10, `only ${r.valid} of ${r.values} values valid`);
      assert.ok(r.values - r.valid >= r.values / 10, `only ${r.values - r.valid} of ${r.values} values invalid`);
    });
  }
  if (models.length > 1) {
    test('figures', () => {
      console.log(`  ${models.length} models, ${runs} runs a side: ${figures(sum)}`);
    });
  }
}

function figures(r: Agreement): string {
  return `${r.sides} sides (operation inputs and outputs), ${r.values} values, ${r.valid} valid, ${r.sidesWithBoth} sides with both valid and invalid values: validators and reference agree on all`;
}

