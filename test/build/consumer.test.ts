import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTsc } from '../../generator/emit/package/compile/tsc.ts';
import shapecraftPackage from '../../package.json' with { type: 'json' };
import { availableEmitters, freshTmpDir, makeProject, repoRoot, runCli } from './harness.ts';

/**
 * The generated package as a user gets it: packed with `npm pack`, installed from the tarball into
 * a fresh project, type-checked with --strict (including the lines that must NOT compile), and
 * run against the package's own mock server. Nothing of the repository is visible to the consumer
 * but the tarball.
 */
const project = makeProject('consumer-gen', availableEmitters());
const pkg = join(project, 'generated', 'socialmessaging');
const consumer = freshTmpDir('consumer');
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

let tarball = '';

test('the package generates with every emitter and packs', () => {
  assert.equal(availableEmitters(), ['types', 'validators', 'client', 'mock', 'docs', 'package'], 'all emitters are needed');
  const run = runCli(['generate'], { cwd: project });
  assert.is(run.code, 0, run.stderr);
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', consumer], pkg)) as { filename: string; files: { path: string }[] }[];
  tarball = join(consumer, packed.filename);
  const files = packed.files.map((f) => f.path);
  for (const required of ['package.json', 'README.md', 'dist/types.js', 'dist/types.d.ts', 'dist/client/index.js', 'dist/client/index.d.ts', 'dist/client/index.js.map']) {
    assert.ok(files.includes(required), `the tarball has ${required}`);
  }
  assert.not.ok(files.some((f) => f.startsWith('.shapecraft')), 'no manifest or cache in the tarball');
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports as Record<string, string | { types: string; default: string }>)) {
    if (typeof target === 'string') continue;
    assert.ok(files.includes(target.types.slice(2)) && files.includes(target.default.slice(2)), `export ${subpath} points at packed files`);
  }
});

test('a fresh project installs the tarball, compiles with --strict, and runs against the mock server', async () => {
  assert.ok(tarball, 'packed');
  cpSync(join(repoRoot, 'test', 'build', 'fixtures', 'consumer'), consumer, { recursive: true });
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `@types/node@${shapecraftPackage.devDependencies['@types/node']}`], consumer);

  const compiled = await runTsc(consumer, ['-p', 'tsconfig.json', '--pretty', 'false']);
  assert.is(compiled.exitCode, 0, `tsc --strict failed:\n${compiled.output}`);

  const ran = spawnSync(process.execPath, [join(consumer, 'dist', 'consumer.js')], { cwd: consumer, encoding: 'utf8', timeout: 30000 });
  assert.is(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
  assert.match(ran.stdout, /consumer ok/);
});

test('bundlers keep only the entry points used: a validator alone pulls in no client or mock code', async () => {
  const { build } = await import('esbuild');
  const bundle = async (code: string) => {
    const result = await build({
      stdin: { contents: code, resolveDir: consumer, loader: 'ts' },
      bundle: true, write: false, format: 'esm', platform: 'node', treeShaking: true, logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  const validatorOnly = await bundle("import { validateAssociateWhatsAppBusinessAccountInput as v } from '@shapecraft/socialmessaging/validators/AssociateWhatsAppBusinessAccount';\nconsole.log(v({}));\n");
  const clientOnly = await bundle("import { SocialmessagingClient } from '@shapecraft/socialmessaging/client';\nconsole.log(new SocialmessagingClient({ region: 'us-east-1' }));\n");
  assert.match(validatorOnly, /associateInProgressToken/, 'the validator is in its bundle');
  assert.match(clientOnly, /AWS4-HMAC-SHA256/, 'the client bundle signs requests');
  for (const [name, text] of [['validator', validatorOnly], ['client', clientOnly]] as const) {
    assert.not.match(text, /createServer/, `the ${name} bundle has no mock server`);
  }
  assert.not.match(validatorOnly, /AWS4-HMAC-SHA256|RestJsonClient/, 'the validator bundle has no client');
  assert.ok(validatorOnly.length < clientOnly.length, `validator bundle ${validatorOnly.length} B < client bundle ${clientOnly.length} B`);
});

test('every TypeScript example in the package README compiles against the installed package', async () => {
  const readme = readFileSync(join(consumer, 'node_modules', '@shapecraft', 'socialmessaging', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.ok(blocks.length > 0, 'the README has TypeScript examples');
  const files = blocks.map((code, i) => {
    writeFileSync(join(consumer, `readme-example-${i}.ts`), code.includes('import') || code.includes('export') ? code : `${code}\nexport {};\n`);
    return `readme-example-${i}.ts`;
  });
  writeFileSync(join(consumer, 'tsconfig.readme.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], noEmit: true },
    files,
  }));
  const compiled = await runTsc(consumer, ['-p', 'tsconfig.readme.json', '--pretty', 'false']);
  assert.is(compiled.exitCode, 0, `README examples do not compile:\n${compiled.output}`);
});

test('each @ts-expect-error line is needed: without them, each is a type error', async () => {
  const source = readFileSync(join(consumer, 'consumer.ts'), 'utf8');
  const expectations = source.split('\n').filter((l) => l.startsWith('// @ts-expect-error')).length;
  assert.is(expectations, 3);
  writeFileSync(join(consumer, 'consumer.ts'), source.replaceAll('// @ts-expect-error', '// (expected error)'));
  const compiled = await runTsc(consumer, ['-p', 'tsconfig.json', '--pretty', 'false', '--noEmit']);
  const errorLines = new Set([...compiled.output.matchAll(/consumer\.ts\((\d+),\d+\): error/g)].map((m) => m[1]));
  assert.is(errorLines.size, 3, compiled.output);
});

test.run();
