import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { availableEmitters, makeProject, readTree, repoRoot, runCli } from './harness.ts';

/**
 * The same model must give the same bytes whatever the machine: file order, time zone, locale,
 * the folder the project lives in, and whether caches are warm. Runs every emitter that exists.
 */
const emitters = availableEmitters();
const first = makeProject('determinism-a', emitters);
const second = makeProject('determinism-b', emitters);

function modelFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? modelFiles(join(dir, e)) : [join(dir, e)]));
}

/** Moves every model file to a new name so that the sorted order is a random permutation. */
function shuffleModelFiles(project: string): string[] {
  const model = join(project, 'model');
  const files = modelFiles(model);
  const order = files.map((file) => ({ file, key: Math.random() })).sort((a, b) => a.key - b.key);
  mkdirSync(join(model, 'shuffled'));
  order.forEach(({ file }, i) => renameSync(file, join(model, 'shuffled', `${String(files.length - i).padStart(2, '0')}-${i}.yaml`)));
  return order.map(({ file }) => relative(model, file));
}

test('two runs, shuffled model files, another time zone and locale: byte-identical packages', () => {
  const a = runCli(['generate', '--no-cache'], { cwd: first });
  assert.is(a.code, 0, a.stderr);
  const order = shuffleModelFiles(second);
  const b = runCli(['generate', '--no-cache'], {
    cwd: second,
    env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', LANGUAGE: 'tr' },
  });
  assert.is(b.code, 0, b.stderr);
  const treeA = readTree(join(first, 'generated', 'socialmessaging'));
  const treeB = readTree(join(second, 'generated', 'socialmessaging'));
  assert.equal(Object.keys(treeB), Object.keys(treeA), `file order ${order.join(', ')}`);
  for (const path of Object.keys(treeA)) assert.is(treeB[path], treeA[path], `${path} differs (model file order ${order.join(', ')})`);
});

test('no absolute path, user name or time stamp reaches the output', () => {
  const tree = readTree(join(first, 'generated', 'socialmessaging'));
  const year = String(new Date().getUTCFullYear());
  for (const [path, contents] of Object.entries(tree)) {
    assert.not.ok(contents.includes(repoRoot), `${path} holds the absolute path ${repoRoot}`);
    assert.not.ok(contents.includes('/tmp/'), `${path} holds a /tmp path`);
    assert.not.ok(new RegExp(`${year}-\\d\\d-\\d\\dT\\d\\d:\\d\\d`).test(contents), `${path} holds a time stamp of this year`);
  }
});

test.run();
