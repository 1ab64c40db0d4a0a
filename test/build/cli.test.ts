import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, statSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, readTree, runCli } from './harness.ts';

// The types emitter is enough to exercise every build step (emit, package, compile, write).
const project = makeProject('cli', ['types', 'package']);
const pkg = join(project, 'generated', 'socialmessaging');
const ANSI = /\u001b\[/;

test('generate writes a package with a manifest of every file it wrote', () => {
  const run = runCli(['generate'], { cwd: project });
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stdout, /wrote generated\/socialmessaging: \d+ added/);
  const manifest = JSON.parse(readFileSync(join(pkg, '.shapecraft-manifest.json'), 'utf8'));
  const tree = readTree(pkg);
  assert.equal(Object.keys(manifest.files).sort(), Object.keys(tree).filter((p) => p !== '.shapecraft-manifest.json').sort());
  assert.ok(tree['package.json'] && tree['dist/types.js'] && tree['dist/types.d.ts'] && tree['dist/types.js.map']);
  assert.not.match(run.stdout + run.stderr, ANSI, 'no colour when stdout/stderr are not terminals');
});

test('a second run on the unchanged model writes nothing and says why', () => {
  const before = Object.keys(readTree(pkg)).map((p) => [p, statSync(join(pkg, p)).mtimeMs]);
  // The fingerprint covers shapecraft's own source too; in a checkout where someone is editing the
  // generator, a run may see a new fingerprint. The next run then records it and the one after skips.
  let run = runCli(['generate'], { cwd: project });
  for (let attempt = 0; attempt < 3 && !/unchanged \(content hash/.test(run.stdout); attempt++) run = runCli(['generate'], { cwd: project });
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stdout, /up to date: model, config and generator unchanged \(content hash [0-9a-f]{12}\); nothing written \((\d+) ms\)/);
  const after = Object.keys(readTree(pkg)).map((p) => [p, statSync(join(pkg, p)).mtimeMs]);
  assert.equal(after, before);
});

test('--no-cache regenerates everything in memory and still writes nothing when the output is the same', () => {
  const before = statSync(join(pkg, 'package.json')).mtimeMs;
  const run = runCli(['generate', '--no-cache', '--verbose'], { cwd: project });
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stdout, /the output is identical, nothing written/);
  assert.match(run.stderr, /load\s+\d+/);
  assert.match(run.stderr, /compile\s+\d+/);
  assert.is(statSync(join(pkg, 'package.json')).mtimeMs, before);
});

test('--check passes on a fresh output and fails on a stale one, listing the files that differ', () => {
  const fresh = runCli(['generate', '--check'], { cwd: project });
  assert.is(fresh.code, 0, fresh.stderr);
  assert.match(fresh.stdout, /is up to date with the model/);

  appendFileSync(join(pkg, 'src', 'types.ts'), '// edited by hand\n');
  rmSync(join(pkg, 'dist', 'types.js.map'));
  writeFileSync(join(pkg, 'notes.txt'), 'mine: not shapecraft\'s, so not a difference');
  const stale = runCli(['generate', '--check'], { cwd: project });
  assert.is(stale.code, 1);
  assert.match(stale.stderr, /differs\s+src\/types\.ts/);
  assert.match(stale.stderr, /missing\s+dist\/types\.js\.map/);
  assert.not.match(stale.stderr, /notes\.txt/);
  assert.ok(readFileSync(join(pkg, 'src', 'types.ts'), 'utf8').endsWith('// edited by hand\n'), '--check writes nothing');
});

test('a model change after a hand edit: generate repairs the output and keeps files it did not write', () => {
  const run = runCli(['generate'], { cwd: project });
  assert.is(run.code, 0, run.stderr);
  assert.match(run.stdout, /1 added, 1 changed/);
  assert.is(readFileSync(join(pkg, 'notes.txt'), 'utf8'), 'mine: not shapecraft\'s, so not a difference');
  assert.is(runCli(['generate', '--check'], { cwd: project }).code, 0);
});

test('a broken model: exit 1 with located diagnostics, the output untouched', () => {
  const before = readTree(pkg);
  const service = join(project, 'model', 'service.yaml');
  const good = readFileSync(service, 'utf8');
  writeFileSync(service, good.replace('protocol: restJson1', 'protocol: restJson1\n  protocool: oops'));
  try {
    const run = runCli(['generate'], { cwd: project });
    assert.is(run.code, 1);
    assert.match(run.stderr, /model\/service\.yaml:\d+:\d+: error SC\d{4}/);
    assert.match(run.stderr, /was left as it was/);
    assert.equal(readTree(pkg), before);
  } finally {
    writeFileSync(service, good);
  }
});

test('--quiet prints nothing on success; errors still print', () => {
  const quiet = runCli(['generate', '--quiet'], { cwd: project });
  assert.is(quiet.code, 0);
  assert.is(quiet.stdout + quiet.stderr, '');
  const bad = runCli(['generate', '--quiet', '--model', 'no-such-folder'], { cwd: project });
  assert.is(bad.code, 1);
  assert.ok(bad.stderr.length > 0);
});

test('--help on every command and on the tool; usage errors exit 2', () => {
  for (const args of [['--help'], ['generate', '--help'], ['generate', '-h']]) {
    const run = runCli(args, { cwd: project });
    assert.is(run.code, 0, args.join(' '));
    assert.match(run.stdout, /^Usage: shapecraft/);
  }
  assert.match(runCli(['generate', '--help'], { cwd: project }).stdout, /--check/);
  assert.is(runCli(['generate', '--no-such-option'], { cwd: project }).code, 2);
  assert.is(runCli(['no-such-command'], { cwd: project }).code, 2);
  assert.is(runCli([], { cwd: project }).code, 2);
  assert.is(runCli(['generate', '--check', '--watch'], { cwd: project }).code, 2);
});

test('a config error is a located diagnostic and exit 1', () => {
  const config = join(project, 'shapecraft.config.json');
  const good = readFileSync(config, 'utf8');
  writeFileSync(config, JSON.stringify({ model: 'model', emiters: ['types'] }, null, 2));
  try {
    const run = runCli(['generate'], { cwd: project });
    assert.is(run.code, 1);
    assert.match(run.stderr, /shapecraft\.config\.json:3:\d+: error SC8102: unknown config key "emiters"/);
  } finally {
    writeFileSync(config, good);
  }
});

test('colour only when asked for (FORCE_COLOR) or on a terminal', () => {
  const run = runCli(['generate', '--model', 'no-such-folder'], { cwd: project, env: { FORCE_COLOR: '1' } });
  assert.match(run.stderr, ANSI);
  assert.ok(existsSync(pkg));
});

test.run();
