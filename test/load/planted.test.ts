/**
 * The acceptance check of the foundation: a model with several planted mistakes, run through the
 * real command. Every mistake is reported as file:line:col with its code, the exit code is 1, and
 * the output folder from the last good run is left exactly as it was.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, readTree, runCli } from '../build/harness.ts';

const project = makeProject('planted', ['types', 'validators', 'package']);
const pkg = join(project, 'generated', 'socialmessaging');

test('a model with planted mistakes: all reported with locations, exit 1, output untouched', () => {
  const good = runCli(['generate'], { cwd: project });
  assert.is(good.code, 0, good.stderr);
  const before = readTree(pkg);
  const times = Object.keys(before).map((p) => statSync(join(pkg, p)).mtimeMs);

  rmSync(join(project, 'model'), { recursive: true });
  cpSync(join(import.meta.dirname, 'fixtures', 'planted-mistakes'), join(project, 'model'), { recursive: true });
  const bad = runCli(['generate'], { cwd: project });
  assert.is(bad.code, 1);
  const output = bad.stdout + bad.stderr;
  const expected = [
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:14:9: error SC2007',
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:29:31: error SC2008',
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:93:17: error SC2001',
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:137:23: error SC2005',
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:145:20: error SC2004',
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:275:3: error SC1102',
    'model/operations/AssociateWhatsAppBusinessAccount.yaml:278:5: error SC1101',
    'model/shapes/identifiers.yaml:40:14: error SC2003',
  ];
  for (const line of expected) assert.ok(output.includes(line), `missing "${line}" in:\n${output}`);
  assert.ok(output.includes("hint: did you mean 'WhatsAppSignupCallbackAccessTokenString'?"));

  assert.equal(readTree(pkg), before);
  assert.equal(Object.keys(before).map((p) => statSync(join(pkg, p)).mtimeMs), times);
});

test.run();
