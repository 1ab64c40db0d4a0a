/**
 * Model names that collide with what generated code declares or imports (`Bag`,
 * `HttpRequestParts`, `ErrorInfo`, `Sensitivity`, `types`), and members named like
 * `Object.prototype` properties in every binding that reads them by name: the package still
 * type-checks, strictly and with no unused name, and sends what it should.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitClient } from '../../generator/emit/client/index.ts';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { emitTypes } from '../../generator/emit/types/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import { loadModelTexts } from '../../generator/load/index.ts';
import { json, scriptedFetch, STATIC_CREDENTIALS } from './fakeFetch.ts';
import { importModule, ROOT, writePackage } from './generate.ts';

const MODEL = `
service:
  name: clash
  title: Clash
  version: "1"
  protocol: restJson1
  signingName: clash
  endpoint: https://clash.{region}.example.com
operations:
  Collide:
    http: POST /collide/{token}
    input: HttpRequestParts
    output: Bag
    errors: [ErrorInfo]
  Upload:
    http: PUT /upload
    input: UploadInput
    output: types
shapes:
  HttpRequestParts:
    type: structure
    members:
      token: { target: Text, required: true, http: label }
      constructor: { target: TextMap, http: queryParams }
      valueOf: { target: TextMap, http: { prefixHeaders: X-V- } }
      hasOwnProperty: { target: Text, http: { header: X-Own } }
      secret: { target: Sensitivity }
  Bag:
    type: structure
    members:
      toString: { target: Text, http: { header: X-To-String } }
      isPrototypeOf: Text
  ErrorInfo:
    type: structure
    error: { status: 400, fault: client }
    members:
      message: Text
      valueOf: { target: Text, http: { header: X-Value-Of } }
  UploadInput:
    type: structure
    members:
      toString: { target: Data, http: payload }
  types:
    type: structure
    members:
      Bag: Text
  Sensitivity:
    type: string
    sensitive: true
  TextMap:
    type: map
    key: Text
    value: Text
  Text:
    type: string
  Data:
    type: blob
`;

const loaded = loadModelTexts([{ file: 'model.yaml', text: MODEL }]);
if (!loaded.ir) throw new Error(loaded.diagnostics.map((d) => `${d.code} ${d.message}`).join('; '));
const ir = loaded.ir;
const dir = join(ROOT, 'test/.tmp/client-collisions');
writePackage(dir, [emitTypes, emitValidators, emitClient, emitMock].flatMap((emit) => emit(ir)));

test('the package type-checks under --strict with no unused locals or parameters', () => {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules/@types')],
      },
      include: ['src/client', 'src/mock'],
    }),
  );
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', cwd: ROOT });
  assert.is(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);
});

test('members named like prototype properties travel in their bindings, in and out', async () => {
  const client = await importModule<Record<string, any>>(dir, 'src/client/index.ts');
  const scripted = scriptedFetch([json(200, { isPrototypeOf: 'p' }, { 'x-to-string': 's' }), json(400, { message: 'no' }, { 'x-amzn-errortype': 'ErrorInfo', 'x-value-of': 'v' })]);
  const clash = new client.ClashClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  const input = { token: 't', constructor: { q: '1' }, valueOf: { a: 'b' }, hasOwnProperty: 'h' };
  assert.equal(await clash.collide(input), { toString: 's', isPrototypeOf: 'p' });
  const sent = scripted.requests[0];
  assert.is(sent.url.pathname, '/collide/t');
  assert.is(sent.url.search, '?q=1');
  assert.is(sent.headers.get('x-v-a'), 'b');
  assert.is(sent.headers.get('x-own'), 'h');
  const error = await clash.collide(input).catch((e: unknown) => e);
  assert.instance(error, client.ErrorInfo);
  assert.is(error.valueOf, 'v');
  assert.is(error.message, 'no');
});

test.run();
