import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { makeProject, readTree, spawnCli, writeProbe } from './harness.ts';

const project = makeProject('watch', ['types', 'package']);
const pkg = join(project, 'generated', 'socialmessaging');
writeProbe(project, 'The first words.');

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
    assert.match(readTree(pkg)['src/types.ts'], /The first words\./);

    const changed = next(/watching for changes/);
    writeProbe(project, 'The second words.');
    await changed;
    assert.match(output, /wrote generated\/socialmessaging: 0 added, \d+ changed/);
    const good = readTree(pkg);
    assert.match(good['src/types.ts'], /The second words\./);

    const broken = next(/watching for changes/);
    writeProbe(project, 'Broken.', 10, 'strin');
    await broken;
    assert.match(output, /zz-test-probe\.yaml:\d+:\d+: error SC\d{4}/);
    assert.match(output, /was left as it was/);
    assert.equal(readTree(pkg), good, 'the last good output stays');
    assert.is(child.exitCode, null, 'still watching');

    const fixed = next(/watching for changes/);
    writeProbe(project, 'The third words.');
    await fixed;
    assert.match(readTree(pkg)['src/types.ts'], /The third words\./);

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    assert.is(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test.run();
