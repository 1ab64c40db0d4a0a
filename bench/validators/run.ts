/**
 * Validations per second of the generated AssociateWhatsAppBusinessAccountInput validator, side by
 * side in one run with AJV (default options), zod 4 and a hand-written check of the same rules.
 * Candidates take turns in short slices and each keeps its best slice, so a busy machine slows all
 * of them alike and the ratios stay meaningful.
 *
 *   node --import tsx bench/validators/run.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadModel } from '../../generator/load/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import { handwrittenCheck } from './handwritten.ts';
import { ajvDefaultCheck, zodCheck } from './peers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'bench/.tmp/validators');
rmSync(out, { recursive: true, force: true });
const { ir, diagnostics } = await loadModel(join(root, 'model'));
if (!ir) throw new Error(`model does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
for (const file of emitValidators(ir)) {
  mkdirSync(dirname(join(out, file.path)), { recursive: true });
  writeFileSync(join(out, file.path), file.contents);
}
const generated = await import(pathToFileURL(join(out, 'src/validators/AssociateWhatsAppBusinessAccount.js')).href);
const validate: (v: unknown) => unknown[] = generated.validateAssociateWhatsAppBusinessAccountInput;

const op = ir.operations.find((o) => o.name === 'AssociateWhatsAppBusinessAccount')!;
const valid = op.examples[0].input;
const invalid = {
  setupFinalization: {
    associateInProgressToken: 'x'.repeat(51),
    phoneNumbers: [{ id: '', twoFactorPin: '1234567', dataLocalizationRegion: 'de' }],
    phoneNumberParent: 'waba-1',
    waba: { eventDestinations: [{ eventDestinationArn: 'arn:aws:sns:us-east-1:1:x' }, { roleArn: 'nope' }] },
  },
};

const candidates: [string, (v: unknown) => unknown[]][] = [
  ['shapecraft (generated)', validate],
  ['AJV default options', ajvDefaultCheck],
  ['zod 4', zodCheck],
  ['hand-written', handwrittenCheck],
];
for (const [name, check] of candidates) {
  if (check(valid).length !== 0) throw new Error(`${name} rejects the valid input`);
  if (check(invalid).length === 0) throw new Error(`${name} accepts the invalid input`);
}

function slice(check: (v: unknown) => unknown[], input: unknown, ms: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 500; i++) check(input);
    n += 500;
    now = performance.now();
  }
  return n / ((now - start) / 1000);
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 6);
const best = new Map<string, { valid: number; invalid: number }>();
for (const [, check] of candidates) slice(check, valid, 100); // warm up
for (let r = 0; r < rounds; r++) {
  for (const [name, check] of candidates) {
    const b = best.get(name) ?? { valid: 0, invalid: 0 };
    b.valid = Math.max(b.valid, slice(check, valid, 250));
    b.invalid = Math.max(b.invalid, slice(check, invalid, 250));
    best.set(name, b);
  }
}

const k = (n: number) => `${Math.round(n / 1000).toLocaleString('en-US')}k`;
const ours = best.get('shapecraft (generated)')!;
console.log('AssociateWhatsAppBusinessAccountInput validations per second (best of %d slices):', rounds);
console.log('candidate'.padEnd(26), 'valid'.padStart(8), 'invalid'.padStart(9), '  shapecraft ÷ candidate (valid / invalid)');
for (const [name] of candidates) {
  const b = best.get(name)!;
  console.log(name.padEnd(26), k(b.valid).padStart(8), k(b.invalid).padStart(9), `  ${(ours.valid / b.valid).toFixed(2)}x / ${(ours.invalid / b.invalid).toFixed(2)}x`);
}
