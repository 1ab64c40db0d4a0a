import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshTmpDir, repoRoot } from './tmpdir.ts';

export { freshTmpDir, repoRoot };

export const cliPath = join(repoRoot, 'bin', 'shapecraft.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI, as a user would, in its own process. */
export function runCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without waiting: for --watch and for killing a run part way. */
export function spawnCli(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env } });
}

/**
 * A project folder under test/.tmp with a copy of the repository's model and a config naming the
 * emitters to run. The copy keeps tests from ever writing to the real `generated/`.
 */
export function makeProject(name: string, emitters: readonly string[]): string {
  const dir = freshTmpDir(name);
  cpSync(join(repoRoot, 'model'), join(dir, 'model'), { recursive: true });
  writeFileSync(join(dir, 'shapecraft.config.json'), JSON.stringify({ model: 'model', out: 'generated', emitters }, null, 2));
  return dir;
}

/** Every file under `dir` with its contents, by relative path: two trees compare with assert.equal. */
export function readTree(dir: string, prefix = ''): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(tree, readTree(dir, path));
    else tree[path] = readFileSync(join(dir, path), 'utf8');
  }
  return tree;
}

/** The emitters that exist in this checkout (they land one by one), plus the package emitter. */
export function availableEmitters(): string[] {
  const names = ['types', 'validators', 'client', 'mock', 'docs'];
  const present = names.filter((n) => {
    try {
      readFileSync(join(repoRoot, 'generator', 'emit', n, 'index.ts'));
      return true;
    } catch {
      return false;
    }
  });
  return [...present, 'package'];
}

/**
 * A model file of the test's own, so tests that change the model do not depend on how the real
 * model is laid out: one string shape whose docs and length bound the test chooses.
 */
export function writeProbe(project: string, docs: string, max = 10, type = 'string'): void {
  writeFileSync(join(project, 'model', 'zz-test-probe.yaml'), `shapes:\n  TestProbe:\n    type: ${type}\n    docs: ${JSON.stringify(docs)}\n    length: { max: ${max} }\n`);
}
