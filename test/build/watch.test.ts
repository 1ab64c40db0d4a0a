import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, readTree, spawnCli } from './harness.ts';

const project = makeProject('watch', ['types', 'package']);
const tags = join(project, 'model', 'shapes', 'tags.yaml');
const pkg = join(project, 'generated', 'socialmessaging');
const original = readFileSync(tags, 'utf8');

test('--watch regenerates on model changes, reports a broken model without exiting, keeps the last good output', async () => {
  const child = spawnCli(['generate', '--watch'], { cwd: project });
  let output = '';
  let waiters: { pattern: RegExp; from: number; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    waiters = waiters.filter((w) => (w.pattern.test(output.slice(w.from)) ? (w.resolve(), false) : true));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  /** Resolves when `pattern` appears in what the watcher prints from now on. */
  const next = (pattern: RegExp) => {
    const from = output.length;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} in:\n${output.slice(from)}`)), 20000);
      waiters.push({ pattern, from, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  };
  try {
    await next(/watching for changes/);
    assert.match(readTree(pkg)['src/types.ts'], /The tag for a resource\./);

    const changed = next(/watching for changes/);
    writeFileSync(tags, original.replace('The tag for a resource.', 'A label on a resource.'));
    await changed;
    assert.match(output, /wrote generated\/socialmessaging: 0 added, \d+ changed/);
    const good = readTree(pkg);
    assert.match(good['src/types.ts'], /A label on a resource\./);

    const broken = next(/watching for changes/);
    writeFileSync(tags, original.replace('type: structure', 'type: structur'));
    await broken;
    assert.match(output, /tags\.yaml:\d+:\d+: error SC\d{4}/);
    assert.match(output, /was left as it was/);
    assert.equal(readTree(pkg), good, 'the last good output stays');
    assert.is(child.exitCode, null, 'still watching');

    const fixed = next(/watching for changes/);
    writeFileSync(tags, original);
    await fixed;
    assert.match(readTree(pkg)['src/types.ts'], /The tag for a resource\./);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    assert.is(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test.run();
