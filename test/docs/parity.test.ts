/**
 * Parity with AWS's own reference page for the seed operation: every member path, type and
 * [REQUIRED] marker and every exception on the boto3 page must appear on the generated RST page.
 * Differences either way are printed; missing or contradicting entries fail. The Markdown page of
 * the same operation must show every constraint, rule and error the model has.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitDocs } from '../../generator/emit/docs/index.ts';
import { loadModel } from '../../generator/load/index.ts';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { formatDiagnostic, hasErrors } from '../../generator/diagnostics/diagnostic.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { repoRoot } from './harness.ts';
import { readRstPage, type RstPage } from './pageTrees.ts';
import { operationPageProblems } from './pageChecks.ts';
import { renderRst } from './rstRender.ts';

const SEED = 'AssociateWhatsAppBusinessAccount';
const shared = join(repoRoot, '../shared/reference');
const seedPage = readRstPage(readFileSync(join(shared, 'boto3-docs/associate_whatsapp_business_account.rst'), 'utf8'));

/** Differences between the seed page and a generated one: `missing` fail the test, `extra` are reported. */
function compare(seed: RstPage, generated: RstPage): { missing: string[]; extra: string[] } {
  const missing: string[] = [];
  for (const [path, want] of seed.entries) {
    const got = generated.entries.get(path);
    if (!got) missing.push(`${path}: not on the generated page`);
    else if (got.type !== want.type) missing.push(`${path}: type ${got.type}, the seed page says ${want.type}`);
    else if (got.required !== want.required) missing.push(`${path}: [REQUIRED] is ${got.required}, the seed page says ${want.required}`);
  }
  for (const e of seed.exceptions) if (!generated.exceptions.includes(e)) missing.push(`exception ${e}: not on the generated page`);
  const extra = [...generated.entries.keys()].filter((p) => !seed.entries.has(p)).map((p) => `${p}: only on the generated page`);
  extra.push(...generated.exceptions.filter((e) => !seed.exceptions.includes(e)).map((e) => `exception ${e}: only on the generated page`));
  return { missing, extra };
}

function pages(ir: ServiceIR) {
  const files = new Map(emitDocs(ir).map((f) => [f.path, f.contents]));
  return { rst: files.get('docs/rst/associate_whatsapp_business_account.rst'), md: files.get(`docs/operations/${SEED}.md`) };
}

async function modelIr(): Promise<ServiceIR> {
  const { ir, diagnostics } = await loadModel(join(repoRoot, 'model'));
  assert.ok(ir && !hasErrors(diagnostics), `model/ does not load:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  return ir!;
}

test('the seed page is read: members, nesting, types, markers and exceptions', () => {
  // Guards the reader itself: a reader that found nothing would make parity pass vacuously.
  assert.ok(seedPage.entries.size >= 30, `only ${seedPage.entries.size} entries read`);
  assert.equal(seedPage.entries.get('request:setupFinalization.phoneNumbers.*.twoFactorPin'), { type: 'string', required: true });
  assert.equal(seedPage.entries.get('response:*.signupCallbackResult.linkedAccountsWithIncompleteSetup.*.*.registrationStatus'), {
    type: 'string',
    required: false,
  });
  assert.is(seedPage.exceptions.length, 6);
});

test('RST page from model/ has every member, type, [REQUIRED] marker and exception of the seed page', async () => {
  const { rst } = pages(await modelIr());
  assert.ok(rst, 'no RST page for the seed operation');
  const { missing, extra } = compare(seedPage, readRstPage(rst!));
  if (extra.length) console.log(`Only on the generated page (more than AWS shows):\n  ${extra.join('\n  ')}`);
  assert.equal(missing, [], `differences from the seed page:\n${missing.join('\n')}`);
});

test('RST page from the botocore model has the same parity', () => {
  const json = JSON.parse(readFileSync(join(shared, 'botocore/socialmessaging-2024-01-01.json'), 'utf8'));
  const { rst } = pages(importBotocore(json).ir);
  const { missing } = compare(seedPage, readRstPage(rst!));
  assert.equal(missing, [], `differences from the seed page:\n${missing.join('\n')}`);
});

test('the Markdown page of the seed operation shows every constraint, rule and error of model/', async () => {
  const ir = await modelIr();
  const op = ir.operations.find((o) => o.name === SEED)!;
  const { md } = pages(ir);
  assert.equal(operationPageProblems(ir, op, md!), []);
  // What AWS's page only says in prose: the two members exclude each other, and each error's status.
  assert.ok(/^- At most one of `phoneNumberParent` and `waba`/m.test(md!), 'the waba / phoneNumberParent rule is not shown');
  assert.ok(md!.includes('| 429 |'), 'ThrottledRequestException status not shown');
});

test('every operation page of model/ shows its constraints, rules and errors, and every RST page renders cleanly', async () => {
  const ir = await modelIr();
  const files = emitDocs(ir);
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  const problems = ir.operations.flatMap((op) =>
    operationPageProblems(ir, op, byPath.get(`docs/operations/${op.name}.md`)!).map((p) => `${op.name}: ${p}`),
  );
  assert.equal(problems, []);
  const rendered = renderRst(Object.fromEntries(files.filter((f) => f.path.endsWith('.rst')).map((f) => [f.path, f.contents])));
  assert.is(Object.keys(rendered).length, ir.operations.length);
  const warnings = Object.entries(rendered).filter(([, r]) => r.messages !== '').map(([path, r]) => `${path}: ${r.messages}`);
  assert.equal(warnings, []);
});

test.run();
