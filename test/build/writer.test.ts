import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, writeOutput } from '../../generator/write/index.ts';
import { recoverInterruptedSwap } from '../../generator/write/swap.ts';
import { freshTmpDir } from './tmpdir.ts';

const root = freshTmpDir('writer');
let counter = 0;
function target(): string {
  return join(root, `case${counter++}`, 'pkg');
}
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

test('writes the files and a manifest of sorted paths with content hashes', () => {
  const dir = target();
  const result = writeOutput(dir, [
    { path: 'src/b.ts', contents: 'export const b = 2;\n' },
    { path: 'package.json', contents: '{}\n' },
  ]);
  assert.equal(result.diagnostics, []);
  assert.ok(result.wrote);
  assert.is(read(dir, 'src/b.ts'), 'export const b = 2;\n');
  const manifest = JSON.parse(read(dir, MANIFEST_FILE));
  assert.equal(Object.keys(manifest.files), ['package.json', 'src/b.ts']);
  assert.match(manifest.files['package.json'], /^[0-9a-f]{64}$/);
  assert.not.match(read(dir, MANIFEST_FILE), new RegExp(root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('a second write of the same files touches nothing', () => {
  const dir = target();
  const files = [{ path: 'a.txt', contents: 'a' }, { path: 'deep/b.txt', contents: 'b' }];
  writeOutput(dir, files);
  const before = ['a.txt', 'deep/b.txt', MANIFEST_FILE].map((p) => statSync(join(dir, p)));
  const folderInode = statSync(dir).ino;
  const result = writeOutput(dir, files);
  assert.is(result.wrote, false);
  assert.ok(result.plan?.upToDate);
  const after = ['a.txt', 'deep/b.txt', MANIFEST_FILE].map((p) => statSync(join(dir, p)));
  assert.equal(after.map((s) => s.mtimeMs), before.map((s) => s.mtimeMs));
  assert.is(statSync(dir).ino, folderInode);
});

test('a change rewrites only the changed file: unchanged files keep their inode and mtime', () => {
  const dir = target();
  writeOutput(dir, [{ path: 'same.txt', contents: 'same' }, { path: 'changes.txt', contents: 'v1' }]);
  const same = statSync(join(dir, 'same.txt'));
  const result = writeOutput(dir, [{ path: 'same.txt', contents: 'same' }, { path: 'changes.txt', contents: 'v2' }]);
  assert.ok(result.wrote);
  assert.equal(result.plan?.changed, ['changes.txt']);
  assert.is(read(dir, 'changes.txt'), 'v2');
  const sameAfter = statSync(join(dir, 'same.txt'));
  assert.is(sameAfter.ino, same.ino);
  assert.is(sameAfter.mtimeMs, same.mtimeMs);
});

test('files shapecraft did not write are kept; files it no longer produces are removed', () => {
  const dir = target();
  writeOutput(dir, [{ path: 'old/gone.ts', contents: 'x' }, { path: 'kept.ts', contents: 'k' }]);
  writeFileSync(join(dir, 'NOTES.md'), 'mine');
  mkdirSync(join(dir, 'old', 'custom'), { recursive: true });
  writeFileSync(join(dir, 'old', 'custom', 'extra.ts'), 'mine too');
  mkdirSync(join(dir, 'empty-by-choice'));
  const result = writeOutput(dir, [{ path: 'kept.ts', contents: 'k2' }]);
  assert.equal(result.plan?.removed, ['old/gone.ts']);
  assert.is(existsSync(join(dir, 'old', 'gone.ts')), false);
  assert.is(read(dir, 'NOTES.md'), 'mine');
  assert.is(read(dir, 'old/custom/extra.ts'), 'mine too');
  assert.ok(statSync(join(dir, 'empty-by-choice')).isDirectory());
  assert.equal(Object.keys(JSON.parse(read(dir, MANIFEST_FILE)).files), ['kept.ts']);
});

test('a file in the way that shapecraft did not write is refused unless forced', () => {
  const dir = target();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), 'hand written');
  const refused = writeOutput(dir, [{ path: 'index.ts', contents: 'generated' }]);
  assert.equal(refused.diagnostics.map((d) => d.code), ['SC8003']);
  assert.is(read(dir, 'index.ts'), 'hand written');
  const forced = writeOutput(dir, [{ path: 'index.ts', contents: 'generated' }], { force: true });
  assert.equal(forced.diagnostics, []);
  assert.is(read(dir, 'index.ts'), 'generated');
});

test('a file already holding exactly the generated contents is adopted without force', () => {
  const dir = target();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), 'generated');
  const result = writeOutput(dir, [{ path: 'index.ts', contents: 'generated' }]);
  assert.equal(result.diagnostics, []);
  assert.equal(Object.keys(JSON.parse(read(dir, MANIFEST_FILE)).files), ['index.ts']);
});

const unsafePaths = [
  '../escape.ts', 'src/../../escape.ts', '/etc/passwd', 'C:/x.ts', 'src\\win.ts', 'nul\0byte.ts',
  '', 'src//double.ts', './here.ts', 'src/CON.ts', 'trailing.', MANIFEST_FILE,
];
for (const path of unsafePaths) {
  test(`refuses the unsafe path ${JSON.stringify(path)} and writes nothing`, () => {
    const dir = target();
    const result = writeOutput(dir, [{ path: 'fine.ts', contents: 'ok' }, { path, contents: 'evil' }]);
    assert.equal(result.diagnostics.map((d) => d.code), ['SC8001']);
    assert.ok(result.diagnostics[0].hint);
    assert.is(existsSync(dir), false);
    assert.is(existsSync(join(dir, '..', '..', 'escape.ts')), false);
  });
}

test('refuses two paths that differ only in case, and a file that is also a folder', () => {
  const dir = target();
  const caseClash = writeOutput(dir, [{ path: 'src/Foo.ts', contents: '1' }, { path: 'src/foo.ts', contents: '2' }]);
  assert.equal(caseClash.diagnostics.map((d) => d.code), ['SC8002']);
  const fileFolder = writeOutput(dir, [{ path: 'src/a', contents: '1' }, { path: 'src/A/b.ts', contents: '2' }]);
  assert.equal(fileFolder.diagnostics.map((d) => d.code), ['SC8002']);
  assert.is(existsSync(dir), false);
});

test('a live lock holder stops a second writer', () => {
  const dir = target();
  mkdirSync(join(dir, '..'), { recursive: true });
  writeFileSync(join(dir, '..', '.pkg.lock'), String(process.ppid));
  const started = Date.now();
  const result = writeOutput(dir, [{ path: 'a.ts', contents: 'a' }], { lockWaitMs: 300 });
  assert.equal(result.diagnostics.map((d) => d.code), ['SC8004']);
  assert.ok(Date.now() - started >= 300, 'it waited for the holder first');
  assert.is(existsSync(dir), false);
});

test('a folder, or a file where a folder must go, is in the way unless shapecraft wrote it', () => {
  const dir = target();
  mkdirSync(join(dir, 'index.ts'), { recursive: true });
  writeFileSync(join(dir, 'index.ts', 'mine.txt'), 'mine');
  writeFileSync(join(dir, 'src'), 'a file named like the folder we need');
  const files = [{ path: 'index.ts', contents: 'x' }, { path: 'src/a.ts', contents: 'a' }];
  const refused = writeOutput(dir, files);
  assert.equal(refused.plan?.conflicts, ['index.ts', 'src/a.ts']);
  assert.is(read(dir, 'index.ts/mine.txt'), 'mine');
  const forced = writeOutput(dir, files, { force: true });
  assert.equal(forced.diagnostics, []);
  assert.is(read(dir, 'index.ts'), 'x');
  assert.is(read(dir, 'src/a.ts'), 'a');
  // Shapecraft's own file becomes a folder of its new files without complaint.
  writeOutput(dir, [{ path: 'lib', contents: 'file' }]);
  assert.equal(writeOutput(dir, [{ path: 'lib/x.ts', contents: 'x' }]).diagnostics, []);
  assert.is(read(dir, 'lib/x.ts'), 'x');
});

test('a damaged manifest makes every file look foreign: identical ones are adopted, others refused', () => {
  const dir = target();
  writeOutput(dir, [{ path: 'same.ts', contents: 's' }, { path: 'changes.ts', contents: 'v1' }]);
  writeFileSync(join(dir, MANIFEST_FILE), '{ not json');
  const result = writeOutput(dir, [{ path: 'same.ts', contents: 's' }, { path: 'changes.ts', contents: 'v2' }]);
  assert.equal(result.plan?.unchanged, ['same.ts']);
  assert.equal(result.plan?.conflicts, ['changes.ts']);
  assert.is(read(dir, 'changes.ts'), 'v1');
});

test('a lock left by a dead process is taken over', () => {
  const dir = target();
  mkdirSync(join(dir, '..'), { recursive: true });
  writeFileSync(join(dir, '..', '.pkg.lock'), '2147483646');
  assert.equal(writeOutput(dir, [{ path: 'a.ts', contents: 'a' }]).diagnostics, []);
  assert.is(existsSync(join(dir, '..', '.pkg.lock')), false);
});

function leftover(dir: string, kind: string, files: Record<string, string>): void {
  const path = join(dir, '..', `.pkg.${kind}-2147483646`);
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(path, name, '..'), { recursive: true });
    writeFileSync(join(path, name), contents);
  }
}

test('recovery completes a swap killed between its two renames', () => {
  const dir = target();
  leftover(dir, 'old', { 'v.txt': 'old' });
  leftover(dir, 'new', { 'v.txt': 'new' });
  const actions = recoverInterruptedSwap(dir);
  assert.is(read(dir, 'v.txt'), 'new');
  assert.is(actions.length, 2);
  assert.equal(readdirSync(join(dir, '..')), ['pkg']);
});

test('recovery puts the old folder back when no whole new one exists, and drops half-built staging', () => {
  const dir = target();
  leftover(dir, 'old', { 'v.txt': 'old' });
  leftover(dir, 'tmp', { 'v.txt': 'half' });
  recoverInterruptedSwap(dir);
  assert.is(read(dir, 'v.txt'), 'old');
  assert.equal(readdirSync(join(dir, '..')), ['pkg']);
});

test('recovery leaves an intact target alone and removes leftovers beside it', () => {
  const dir = target();
  writeOutput(dir, [{ path: 'v.txt', contents: 'current' }]);
  leftover(dir, 'new', { 'v.txt': 'never swapped in' });
  leftover(dir, 'tmp', { 'v.txt': 'half' });
  recoverInterruptedSwap(dir);
  assert.is(read(dir, 'v.txt'), 'current');
  assert.equal(readdirSync(join(dir, '..')), ['pkg']);
});

test.after(() => rmSync(root, { recursive: true, force: true }));
test.run();
