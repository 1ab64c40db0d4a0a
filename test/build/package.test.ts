import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scanImports, specifiersOf } from '../../generator/emit/package/dependencies.ts';
import { entryPointsOf } from '../../generator/emit/package/entryPoints.ts';
import { checkPackageIdentity } from '../../generator/emit/package/identity.ts';
import { emitPackage } from '../../generator/emit/package/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import shapecraftPackage from '../../package.json' with { type: 'json' };

const ir: ServiceIR = {
  name: 'demo',
  title: 'Demo <b>Service</b> | pipes',
  version: '2024-01-01',
  docs: 'First paragraph\nwraps.\n\nSecond paragraph.',
  protocol: 'restJson1',
  signingName: 'demo',
  endpoint: 'https://demo.{region}.example.com',
  errors: [],
  operations: [{ name: 'GetThing', http: { method: 'GET', uri: '/things/{id}', code: 200 }, input: 'GetThingInput', output: 'GetThingOutput', errors: [], examples: [] }],
  shapes: [],
  package: { name: '@scope/demo', version: '1.2.3', license: 'MIT' },
};

const file = (path: string, contents = '') => ({ path, contents });

test('entry points: every module outside runtime/, folder indexes collapsed; runtime is internal', () => {
  const entries = entryPointsOf([
    file('src/index.ts'), file('src/types.ts'), file('src/client/index.ts'), file('src/client/GetThing.ts'),
    file('src/validators/GetThing.js'), file('src/validators/GetThing.d.ts'), file('src/validators/orphan.js'),
    file('src/runtime/http.ts'), file('src/client/deep/x.ts'), file('docs/index.md'),
  ]);
  assert.equal(entries, [
    { subpath: '.', module: 'index' },
    { subpath: './client', module: 'client/index' },
    { subpath: './client/GetThing', module: 'client/GetThing' },
    { subpath: './client/deep/x', module: 'client/deep/x' },
    { subpath: './types', module: 'types' },
    { subpath: './validators/GetThing', module: 'validators/GetThing' },
  ]);
});

test('imports: bare specifiers become dependencies at shapecraft\'s versions; relative and node: do not', () => {
  const scan = scanImports([
    file('src/a.ts', "import { x } from './x.js';\nimport type { Y } from 'aws4fetch';\nimport {\n  a,\n} from '@smithy/signature-v4/dist/x';\nconst h = await import('node:http');\n"),
    file('src/b.ts', "/**\n * Docs from the model: import evil from 'left-pad'; see also from \"is-odd\"\n */\n// import x from 'is-even'\nexport * from './c.js';\n"),
    file('docs/readme.md', "import x from 'not-code'"),
  ]);
  assert.equal(scan.diagnostics, []);
  assert.equal(scan.dependencies, {
    '@smithy/signature-v4': shapecraftPackage.devDependencies['@smithy/signature-v4'],
    aws4fetch: shapecraftPackage.dependencies.aws4fetch,
  });
  assert.ok(scan.usesNodeBuiltins);
});

test('an import of a package shapecraft does not have is a diagnostic, not a guessed version', () => {
  const scan = scanImports([file('src/a.ts', "import leftPad from 'left-pad';\n")]);
  assert.equal(scan.diagnostics.map((d) => d.code), ['SC8301']);
  assert.equal(scan.dependencies, {});
});

test('specifiersOf finds static, multi-line, re-export, side-effect and dynamic imports', () => {
  assert.equal(specifiersOf("import 'a';\nexport { b } from 'b';\n} from 'c';\nconst d = await import('d');\n"), ['a', 'b', 'c', 'd']);
});

test('package identity must be valid for npm', () => {
  assert.equal(checkPackageIdentity({ name: '@scope/ok-name', version: '1.0.0-beta.1', license: 'Apache-2.0' }), []);
  const bad = checkPackageIdentity({ name: 'Bad Name', version: '1.0', license: 'not a license!' });
  assert.equal(bad.map((d) => d.code), ['SC8302', 'SC8302', 'SC8302']);
});

test('package.json: ESM, side-effect free, types first in every export, dependencies from imports', () => {
  const { files, diagnostics } = emitPackage(ir, [
    file('src/index.ts', "export * from './types.js';\n"), file('src/types.ts'),
    file('src/client/GetThing.ts', "import { AwsV4Signer } from 'aws4fetch';\n"),
  ]);
  assert.equal(diagnostics, []);
  const pkg = JSON.parse(files.find((f) => f.path === 'package.json')!.contents);
  assert.is(pkg.name, '@scope/demo');
  assert.is(pkg.version, '1.2.3');
  assert.is(pkg.license, 'MIT');
  assert.is(pkg.type, 'module');
  assert.is(pkg.sideEffects, false);
  assert.equal(Object.keys(pkg.exports), ['.', './client/GetThing', './types', './package.json']);
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath === './package.json') continue;
    assert.equal(Object.keys(target as object), ['types', 'default'], `${subpath}: types must come first`);
  }
  assert.equal(pkg.exports['./client/GetThing'], { types: './dist/client/GetThing.d.ts', default: './dist/client/GetThing.js' });
  assert.equal(Object.keys(pkg.dependencies), ['aws4fetch']);
  assert.is(pkg.peerDependencies, undefined);
});

test('the root entry point is the client, when there is one and no emitter wrote its own', () => {
  const withClient = emitPackage(ir, [file('src/client/index.ts'), file('src/types.ts')]).files;
  assert.match(withClient.find((f) => f.path === 'src/index.ts')!.contents, /^export \* from '\.\/client\/index\.js';$/m);
  assert.equal(JSON.parse(withClient.find((f) => f.path === 'package.json')!.contents).exports['.'], { types: './dist/index.d.ts', default: './dist/index.js' });
  assert.not.ok(emitPackage(ir, [file('src/types.ts')]).files.some((f) => f.path === 'src/index.ts'));
  assert.not.ok(emitPackage(ir, [file('src/client/index.ts'), file('src/index.ts')]).files.some((f) => f.path === 'src/index.ts'));
});

test('README: model text cannot open HTML or break a table; the docs emitter\'s README wins', () => {
  const { files } = emitPackage(ir, [file('src/index.ts')]);
  const readme = files.find((f) => f.path === 'README.md')!.contents;
  assert.not.match(readme, /<b>/);
  assert.match(readme, /Demo &#60;b&#62;Service&#60;\/b&#62; &#124; pipes/);
  assert.match(readme, /> First paragraph wraps\./);
  assert.not.match(readme, /Second paragraph/);
  assert.match(readme, /\| GetThing \| `getThing` \| `GET \/things\/\{id\}` \|/);
  const withDocsReadme = emitPackage(ir, [file('src/index.ts'), file('README.md', '# from docs')]).files;
  assert.not.ok(withDocsReadme.some((f) => f.path === 'README.md'));
});

test.run();
