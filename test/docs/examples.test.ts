/**
 * The TypeScript in the docs is code a reader will paste: every example in the generated README
 * and operation pages must type-check against the package generated from model/ with every
 * emitter, as a consumer would import it (package name, `./validators`, `./mock`).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, scratchDir } from './harness.ts';

const work = scratchDir('examples');
const out = join(work, 'out');
const consumer = join(work, 'consumer');

function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]);
}

test('the package generates from model/ with the docs emitter on', () => {
  const config = join(work, 'shapecraft.config.json');
  writeFileSync(
    config,
    JSON.stringify({ model: join(repoRoot, 'model'), out, emitters: ['types', 'validators', 'client', 'mock', 'docs', 'package'] }),
  );
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin/shapecraft.js'), 'generate', '-c', config, '--no-cache', '-q'], {
    cwd: work,
    encoding: 'utf8',
    timeout: 50_000,
  });
  assert.is(run.status, 0, `${run.stdout}\n${run.stderr}`);
});

test('every TypeScript example of the README and the operation pages type-checks against the package', () => {
  const [service] = readdirSync(out);
  const pkg = join(out, service);
  const pages = [join(pkg, 'README.md'), ...readdirSync(join(pkg, 'docs/operations')).map((f) => join(pkg, 'docs/operations', f))];
  mkdirSync(join(consumer, 'node_modules'), { recursive: true });
  let count = 0;
  for (const page of pages) {
    codeBlocks(readFileSync(page, 'utf8')).forEach((code, i) => {
      const name = `${page.split('/').pop()!.replace(/\.md$/, '')}_${i}.ts`;
      writeFileSync(join(consumer, name), `${code}\nexport {};\n`);
      count += 1;
    });
  }
  assert.ok(count > pages.length, `only ${count} examples in ${pages.length} pages`);
  const packageName = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).name as string;
  mkdirSync(join(consumer, 'node_modules', packageName, '..'), { recursive: true });
  symlinkSync(pkg, join(consumer, 'node_modules', packageName), 'dir');
  symlinkSync(join(repoRoot, 'node_modules/@types'), join(consumer, 'node_modules/@types'), 'dir');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] },
      include: ['*.ts'],
    }),
  );
  const tsc = spawnSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(consumer, 'tsconfig.json')], { encoding: 'utf8', timeout: 50_000 });
  assert.is(tsc.status, 0, `${count} examples; tsc says:\n${tsc.stdout}${tsc.stderr}`);
});

test.run();
