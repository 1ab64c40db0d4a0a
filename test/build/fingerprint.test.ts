import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintOf, recordFingerprint, upToDatePackage } from '../../generator/config/fingerprint.ts';
import { loadConfig } from '../../generator/config/loadConfig.ts';
import { writeOutput } from '../../generator/write/index.ts';
import { freshTmpDir } from './harness.ts';

const dir = freshTmpDir('fingerprint');
mkdirSync(join(dir, 'model'));
writeFileSync(join(dir, 'model', 'a.yaml'), 'shapes: {}\n');
writeFileSync(join(dir, 'shapecraft.config.json'), JSON.stringify({ emitters: ['types', 'package'] }));
const configNow = () => loadConfig({ cwd: dir }).config!;

test('the fingerprint follows contents, not modification times', () => {
  const before = fingerprintOf(configNow());
  utimesSync(join(dir, 'model', 'a.yaml'), 1, 1);
  assert.is(fingerprintOf(configNow()), before, 'touching a file changes nothing');
  writeFileSync(join(dir, 'model', 'a.yaml'), 'shapes: {} # edited\n');
  const edited = fingerprintOf(configNow());
  assert.is.not(edited, before, 'a model edit changes it');
  writeFileSync(join(dir, 'model', 'b.yaml'), 'shapes: {}\n');
  assert.is.not(fingerprintOf(configNow()), edited, 'a new model file changes it');
  rmSync(join(dir, 'model', 'b.yaml'));
  assert.is(fingerprintOf(configNow()), edited, 'and removing it again restores it');
  writeFileSync(join(dir, 'shapecraft.config.json'), JSON.stringify({ emitters: ['types'] }));
  assert.is.not(fingerprintOf(configNow()), edited, 'a config edit changes it');
});

test('a recorded run is up to date only while its output is exactly as it left it', () => {
  const config = configNow();
  const pkg = join(config.out, 'demo');
  writeOutput(pkg, [{ path: 'a.ts', contents: 'a' }, { path: 'b/c.ts', contents: 'c' }]);
  const fingerprint = fingerprintOf(config);
  recordFingerprint(config, fingerprint, pkg);
  assert.is(upToDatePackage(config, fingerprint), pkg);
  assert.is(upToDatePackage(config, `${fingerprint.slice(1)}0`), undefined, 'another fingerprint');

  writeFileSync(join(pkg, 'b', 'c.ts'), 'edited by hand');
  assert.is(upToDatePackage(config, fingerprint), undefined, 'a hand edit');
  writeFileSync(join(pkg, 'b', 'c.ts'), 'c');
  assert.is(upToDatePackage(config, fingerprint), pkg);
  rmSync(join(pkg, 'a.ts'));
  assert.is(upToDatePackage(config, fingerprint), undefined, 'a deleted file');
  writeFileSync(join(pkg, 'a.ts'), 'a');
  writeFileSync(join(pkg, 'extra.txt'), 'someone else\'s file does not matter');
  assert.is(upToDatePackage(config, fingerprint), pkg);
});

test.run();
