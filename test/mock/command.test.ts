/** `shapecraft mock`: serves a model's mock on a port until interrupted. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../client/generate.ts';
import { NOTES_MODEL } from '../client/notes.ts';

const BIN = join(ROOT, 'bin/shapecraft.js');

test('--help and usage errors', () => {
  const help = spawnSync(process.execPath, [BIN, 'mock', '--help'], { encoding: 'utf8' });
  assert.is(help.status, 0);
  assert.match(help.stdout, /--port/);
  const bad = spawnSync(process.execPath, [BIN, 'mock', '--port', 'eighty'], { encoding: 'utf8' });
  assert.is(bad.status, 2);
  assert.match(help.stdout, /maxBodyBytes=4194304/, 'the help lists each limit with its default');
  const noValue = spawnSync(process.execPath, [BIN, 'mock', '--limit', 'maxBodyBytes'], { encoding: 'utf8' });
  assert.is(noValue.status, 2);
  assert.match(noValue.stderr, /--limit takes name=value/);
  for (const [limit, message] of [['maxBodyByte=1', /'maxBodyByte' is not a limit/], ['maxDepth=-1', /maxDepth must be a positive finite number/]] as const) {
    const refused = spawnSync(process.execPath, [BIN, 'mock', '--model', NOTES_MODEL, '--port', '0', '--limit', limit], { encoding: 'utf8' });
    assert.is(refused.status, 2, limit);
    assert.match(refused.stderr, message);
  }
});

test('serves the model on the given port, outside shapecraft\'s folder, and stops cleanly on SIGINT, leaving nothing behind', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'shapecraft-mock-'));
  const child = spawn(process.execPath, [BIN, 'mock', '--model', NOTES_MODEL, '--port', '0', '--limit', 'maxBodyBytes=2000'], { cwd });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d;
      const m = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const response = await fetch(`${url}/notes/note-1`);
  assert.is(response.status, 200);
  assert.equal((await response.json()).id, 'note-1');
  const bad = await fetch(`${url}/notes/NOT_VALID`);
  assert.is(bad.status, 400);
  assert.is(bad.headers.get('x-amzn-errortype'), 'ValidationException');
  const big = await fetch(`${url}/notes/work/a`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(3000) }) });
  assert.is(big.status, 413, 'the --limit given applies');
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGINT');
  });
  assert.is(code, 0);
  assert.equal(readdirSync(cwd), [], 'the project folder is left as it was');
  const work = join(ROOT, '.shapecraft-cache/tmp');
  assert.equal(existsSync(work) ? readdirSync(work).filter((f) => f.startsWith(`mock-${child.pid}-`)) : [], [], 'the work folder is removed');
});

test.run();
