/**
 * `shapecraft import --force` replaces a model folder whole: an import whose model does not load,
 * or one that is killed part way, leaves the previous model exactly as it was.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModelFiles } from '../../generator/load/modelFiles.ts';
import { freshTmpDir, readTree, runCli, spawnCli } from '../build/harness.ts';
import { ROOT } from './harness.ts';

const TMP = freshTmpDir('import-force');
const USER_FILE = 'NOTES.txt';

const metadata = { apiVersion: '2020-01-01', endpointPrefix: 'synthetic', serviceFullName: 'Synthetic', protocol: 'rest-json', protocols: ['rest-json'], signatureVersion: 'v4', uid: 'synthetic-2020-01-01' };

/** A botocore model of `count` operations, each with one member named `member`; `sharedRoute` gives them all one path. */
function botocoreModel(count: number, member: string, sharedRoute = false): string {
  const operations: Record<string, unknown> = {};
  const shapes: Record<string, unknown> = { Str: { type: 'string' } };
  for (let i = 0; i < count; i++) {
    const name = `Op${String(i).padStart(4, '0')}`;
    operations[name] = { name, http: { method: 'POST', requestUri: sharedRoute ? '/same' : `/${name.toLowerCase()}` }, input: { shape: `${name}Request` } };
    shapes[`${name}Request`] = { type: 'structure', members: { [member]: { shape: 'Str' } } };
  }
  return JSON.stringify({ version: '2.0', metadata, operations, shapes });
}

function inputFile(name: string, json: string): string {
  const path = join(TMP, name);
  writeFileSync(path, json);
  return path;
}

function importInto(out: string, input: string, ...extra: string[]) {
  return runCli(['import', 'botocore', input, '--out', out, ...extra], { cwd: ROOT, env: { NO_COLOR: '1' } });
}

/** A folder `out` inside its own parent, holding a model imported from `input` plus a user's file. */
function modelFolder(name: string, input: string): { parent: string; out: string } {
  const parent = join(TMP, name);
  mkdirSync(parent, { recursive: true });
  const out = join(parent, 'model');
  const r = importInto(out, input);
  assert.is(r.code, 0, r.stderr);
  writeFileSync(join(out, USER_FILE), 'written by a person');
  return { parent, out };
}

test.after(() => rmSync(TMP, { recursive: true, force: true }));

test('--force with a model that does not load leaves the existing model untouched', () => {
  const { parent, out } = modelFolder('refused', inputFile('valid.json', botocoreModel(3, 'Name')));
  const before = readTree(out);
  const r = importInto(out, inputFile('clash.json', botocoreModel(2, 'Other', true)), '--force');
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /error SC2019/);
  assert.match(r.stderr, /left as it was/);
  assert.match(r.stderr, /model\/operations\/Op0001\.yaml:\d+:\d+/, 'diagnostics name the files as they would be in the folder');
  assert.equal(readTree(out), before);
  assert.equal(readdirSync(parent), ['model'], 'no temporary folder or lock is left beside the model');
});

test('--force with a model that loads replaces the YAML files whole and keeps other files', () => {
  const { parent, out } = modelFolder('replaced', inputFile('three.json', botocoreModel(3, 'Name')));
  const r = importInto(out, inputFile('two.json', botocoreModel(2, 'Other')), '--force');
  assert.is(r.code, 0, r.stderr);
  assert.not.ok(existsSync(join(out, 'operations', 'Op0002.yaml')), 'files of the old model are gone');
  assert.match(readFileSync(join(out, 'operations', 'Op0000.yaml'), 'utf8'), /Other/);
  assert.is(readFileSync(join(out, USER_FILE), 'utf8'), 'written by a person');
  assert.equal(readdirSync(parent), ['model']);
});

/**
 * Starts an import and kills it `delayMs` after it first changes anything in `parent` (the model
 * folder or beside it), which is when a file-by-file writer would be half way.
 */
function importKilledAfterFirstChange(parent: string, out: string, input: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawnCli(['import', 'botocore', input, '--out', out, '--force'], { cwd: ROOT });
    // Its output is not read: drained, so a full pipe never holds the import up.
    child.stdout.resume();
    child.stderr.resume();
    let killed = false;
    const watcher = watch(parent, { recursive: true }, () => {
      watcher.close();
      setTimeout(() => (killed = child.kill('SIGKILL')), delayMs);
    });
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolve(killed && signal === 'SIGKILL');
    });
  });
}

test('an import killed part way leaves the old model or the new one, whole', async () => {
  const inputs = { A: inputFile('a.json', botocoreModel(100, 'NameA')), B: inputFile('b.json', botocoreModel(100, 'NameB')) };
  const expected = { A: readTree(modelFolder('whole-a', inputs.A).out), B: readTree(modelFolder('killed', inputs.B).out) };
  const parent = join(TMP, 'killed');
  const out = join(parent, 'model');
  /** Which whole model the folder holds, or a description of the mixture. */
  const wholeModel = (): string => {
    const tree = JSON.stringify(readTree(out));
    return tree === JSON.stringify(expected.A) ? 'A' : tree === JSON.stringify(expected.B) ? 'B' : `a mixture of ${Object.keys(JSON.parse(tree)).length} files`;
  };
  let current = 'B';
  let killedMidway = 0;
  for (const delayMs of [0, 3, 15]) {
    const next = current === 'A' ? 'B' : 'A';
    if (await importKilledAfterFirstChange(parent, out, inputs[next as 'A' | 'B'], delayMs)) killedMidway++;
    // Straight after the kill: a model folder that exists is whole.
    if (existsSync(out)) assert.ok([current, next].includes(wholeModel()), `killed ${delayMs} ms in: ${wholeModel()}`);
    // Reading the model (as generate does) finishes a swap that the kill interrupted.
    await readModelFiles(out);
    const state = wholeModel();
    assert.ok(state === current || state === next, `after a kill ${delayMs} ms in: ${state}`);
    current = state;
  }
  assert.ok(killedMidway > 0, 'at least one kill landed before the import ended');
  const last = importInto(out, inputs.A, '--force');
  assert.is(last.code, 0, last.stderr);
  assert.is(wholeModel(), 'A');
  assert.equal(readdirSync(parent), ['model'], 'the next import removes what killed ones left');
});

test.run();
