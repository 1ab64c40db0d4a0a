import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './harness.ts';

const TMP = join(ROOT, 'test', '.tmp', `import-cli-${process.pid}`);
const BOTOCORE = join(FIXTURES, 'botocore-features', 'service-2.json');
const SMITHY = join(FIXTURES, 'smithy-features', 'model.json');

function shapecraft(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'shapecraft.js'), 'import', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test.before(() => {
  mkdirSync(TMP, { recursive: true });
});
test.after(() => rmSync(TMP, { recursive: true, force: true }));

test('--help prints usage and exits 0', () => {
  const r = shapecraft('--help');
  assert.is(r.code, 0);
  assert.match(r.stdout, /Usage: shapecraft import <botocore\|smithy> <file>/);
});

test('wrong arguments are usage errors (exit 2)', () => {
  assert.is(shapecraft().code, 2);
  assert.is(shapecraft('openapi', BOTOCORE).code, 2);
  assert.is(shapecraft('botocore', join(TMP, 'missing.json')).code, 2);
  assert.is(shapecraft('smithy', BOTOCORE, '--out', join(TMP, 'wrong')).code, 2, 'a botocore file is not Smithy');
});

test('imports a botocore model, prints what was not carried over', () => {
  const out = join(TMP, 'boto');
  const r = shapecraft('botocore', BOTOCORE, '--out', out);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /imported 4 operations and \d+ shapes/);
  assert.match(r.stdout, /ListFoo: requestcompression\.encodings: unsupported encodings left out/);
  assert.ok(existsSync(join(out, 'service.yaml')));
  assert.ok(existsSync(join(out, 'operations', 'GetThing.yaml')));
});

test('never overwrites a non-empty folder without --force; --force replaces only YAML files', () => {
  const out = join(TMP, 'force');
  mkdirSync(join(out, 'operations'), { recursive: true });
  writeFileSync(join(out, 'operations', 'Stale.yaml'), 'operations: {}\n');
  writeFileSync(join(out, 'NOTES.txt'), 'keep me');
  const refused = shapecraft('smithy', SMITHY, '--out', out);
  assert.is(refused.code, 2);
  assert.match(refused.stderr, /not empty.*--force/);
  assert.not.ok(existsSync(join(out, 'service.yaml')));
  const forced = shapecraft('smithy', SMITHY, '--out', out, '--force');
  assert.is(forced.code, 0, forced.stderr);
  assert.not.ok(existsSync(join(out, 'operations', 'Stale.yaml')));
  assert.is(readFileSync(join(out, 'NOTES.txt'), 'utf8'), 'keep me');
  assert.match(readFileSync(join(out, 'service.yaml'), 'utf8'), /name: weatherapi/);
});

test('--name overrides the service name', () => {
  const out = join(TMP, 'named');
  assert.is(shapecraft('botocore', BOTOCORE, '--out', out, '--name', 'things').code, 0);
  assert.match(readFileSync(join(out, 'service.yaml'), 'utf8'), /name: things/);
});

test.run();
