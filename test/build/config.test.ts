import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../generator/config/loadConfig.ts';
import { freshTmpDir } from './harness.ts';

const dir = freshTmpDir('config');
const write = (config: unknown) => writeFileSync(join(dir, 'shapecraft.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));

test('without a config file: model/ into generated/, every emitter', () => {
  // Outside the repository (whose own config would be found above test/.tmp); nothing is written.
  const nowhere = join(tmpdir(), `shapecraft-no-config-${process.pid}`, 'project');
  const { config, diagnostics } = loadConfig({ cwd: nowhere });
  assert.equal(diagnostics, []);
  assert.is(config!.model, join(nowhere, 'model'));
  assert.is(config!.out, join(nowhere, 'generated'));
  assert.equal(config!.emitters, ['types', 'validators', 'client', 'mock', 'docs']);
  assert.ok(config!.packageEmitter);
});

test('paths are relative to the config file; emitters run in the canonical order whatever the listed order', () => {
  write({ model: 'api', out: 'build/out', package: { name: '@me/pkg', version: '2.0.0' }, emitters: ['package', 'docs', 'types'] });
  const { config, diagnostics } = loadConfig({ cwd: dir });
  assert.equal(diagnostics, []);
  assert.is(config!.model, join(dir, 'api'));
  assert.is(config!.out, join(dir, 'build', 'out'));
  assert.equal(config!.package, { name: '@me/pkg', version: '2.0.0' });
  assert.equal(config!.emitters, ['types', 'docs']);
  assert.ok(config!.packageEmitter);
  assert.is(config!.file, 'shapecraft.config.json');
});

test('the nearest config in the current folder or above is used, with paths relative to it', () => {
  write({ model: 'api', out: 'build' });
  mkdirSync(join(dir, 'api', 'shapes'), { recursive: true });
  const { config } = loadConfig({ cwd: join(dir, 'api', 'shapes') });
  assert.is(config!.root, dir);
  assert.is(config!.model, join(dir, 'api'));
  assert.is(config!.out, join(dir, 'build'));
});

test('command-line folders override the config', () => {
  write({ model: 'api' });
  const { config } = loadConfig({ cwd: dir, overrides: { model: 'other', out: 'elsewhere' } });
  assert.is(config!.model, join(dir, 'other'));
  assert.is(config!.out, join(dir, 'elsewhere'));
});

test('unknown keys, unknown emitters and wrong types are located errors', () => {
  write({ model: 'api', emiters: [], emitters: ['types', 'typescript'], package: { name: 3, licence: 'MIT' } });
  const { config, diagnostics } = loadConfig({ cwd: dir });
  assert.is(config, undefined);
  assert.equal(diagnostics.map((d) => d.code).sort(), ['SC8102', 'SC8102', 'SC8103', 'SC8104']);
  const unknown = diagnostics.find((d) => d.message.includes('emiters'))!;
  assert.equal(unknown.location, { file: 'shapecraft.config.json', line: 3, column: 3 });
});

test('invalid JSON and a missing --config file are errors, not crashes', () => {
  write('{ "model": ');
  assert.equal(loadConfig({ cwd: dir }).diagnostics.map((d) => d.code), ['SC8101']);
  assert.equal(loadConfig({ cwd: dir, file: 'missing.json' }).diagnostics.map((d) => d.code), ['SC8101']);
});

test.run();
