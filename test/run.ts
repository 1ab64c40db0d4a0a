/**
 * Runs every `*.test.ts` under test/ in its own Node process (two at a time: the machines have two
 * cores), reads uvu's summary from each, and ends with the line CI reads: `N passed, M failed`.
 * A file that crashes before printing a summary counts as one failed test, so a broken file can
 * never shrink the count silently.
 *
 * Usage: npm test [-- <substring filter>...]
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';

const root = fileURLToPath(new URL('..', import.meta.url));
const filters = process.argv.slice(2);

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === '.tmp' || entry === 'fixtures') continue;
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (entry.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

interface FileResult {
  file: string;
  passed: number;
  failed: number;
  output: string;
}

function runFile(file: string): Promise<FileResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const total = /Total:\s+(\d+)/.exec(output);
      const passed = /Passed:\s+(\d+)/.exec(output);
      const skipped = /Skipped:\s+(\d+)/.exec(output);
      if (!total || !passed) {
        resolve({ file, passed: 0, failed: 1, output: `${output}\n(no uvu summary; exit code ${code})` });
        return;
      }
      const p = Number(passed[1]);
      const f = Number(total[1]) - p - Number(skipped ? skipped[1] : 0);
      resolve({ file, passed: p, failed: f > 0 || code === 0 ? f : 1, output });
    });
  });
}

const files = findTests(join(root, 'test')).filter(
  (f) => filters.length === 0 || filters.some((x) => f.includes(x)),
);
const results: FileResult[] = [];
let next = 0;
const workers = Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
  while (next < files.length) {
    const file = files[next++];
    const result = await runFile(file);
    results.push(result);
    const name = relative(root, file);
    const mark = result.failed === 0 ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${name}  (${result.passed} passed, ${result.failed} failed)`);
    if (result.failed > 0) console.log(result.output.replace(/^/gm, '    '));
  }
});
await Promise.all(workers);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
