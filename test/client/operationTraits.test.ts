/**
 * Traits that change the request on its way out: the endpoint's host prefix (with host labels),
 * request compression, the required Content-MD5 checksum, a payload's media type and idempotency
 * tokens.
 */
import { emitClient } from '../../generator/emit/client/index.ts';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { loadModelTexts } from '../../generator/load/index.ts';
import { STATIC_CREDENTIALS } from './fakeFetch.ts';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { emitTypes } from '../../generator/emit/types/index.ts';
import { generatePackage, importModule, RUNTIME_EMITTERS } from './generate.ts';

const MODEL = `
service:
  name: traits
  title: Traits
  version: "1"
  protocol: restJson1
  signingName: traits
  endpoint: https://traits.{region}.example.com
operations:
  GetStatus:
    http: POST /status
    hostPrefix: "{account}.data."
    input: GetStatusInput
  Upload:
    http: POST /upload
    requestCompression: [gzip]
    httpChecksumRequired: true
    input: UploadInput
  Checked:
    http: POST /checked
    httpChecksumRequired: true
    input: CheckedInput
  # Named like the runtime values an operation file imports: they must not collide.
  HostPrefix:
    http: POST /host-prefix
    hostPrefix: "{account}.data."
    input: GetStatusInput
  Schemas:
    http: POST /schemas
    input: UploadInput
  CompleteDefinition:
    http: POST /complete-definition
    input: UploadInput
  GzipRequest:
    http: POST /gzip-request
    requestCompression: [gzip]
    input: UploadInput
  ContentMd5:
    http: POST /content-md5
    httpChecksumRequired: true
    input: CheckedInput
  PutImage:
    http: PUT /image
    input: PutImageInput
    output: PutImageOutput
  PutPage:
    http: PUT /page
    input: PutPageInput
  StartJob:
    http: POST /jobs
    input: StartJobInput
  CountJobs:
    http: GET /jobs/count
    output: CountJobsOutput
shapes:
  CountJobsOutput:
    type: structure
    members:
      count: { target: Count, http: { header: X-Count } }
      ratio: { target: Ratio, http: { header: X-Ratio } }
  Count:
    type: long
  Ratio:
    type: double
  StartJobInput:
    type: structure
    members:
      name: { target: Text, required: true }
      clientToken: { target: Text, required: true, idempotencyToken: true }
  Png:
    type: blob
    mediaType: image/png
  Html:
    type: string
    mediaType: text/html; charset=utf-8
  PutImageInput:
    type: structure
    members:
      image: { target: Png, http: payload }
  PutImageOutput:
    type: structure
    members:
      image: { target: Png, http: payload }
  PutPageInput:
    type: structure
    members:
      page: { target: Html, http: payload }
  GetStatusInput:
    type: structure
    members:
      account: { target: Text, required: true, hostLabel: true }
  UploadInput:
    type: structure
    members:
      data: Text
      encoding: { target: Text, http: { header: Content-Encoding } }
  CheckedInput:
    type: structure
    members:
      data: Text
      md5: { target: Text, http: { header: Content-MD5 } }
  Text:
    type: string
`;

const loaded = loadModelTexts([{ file: 'model.yaml', text: MODEL }]);
if (!loaded.ir) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
const dir = await generatePackage(loaded.ir, 'client-operation-traits', [...RUNTIME_EMITTERS, emitMock]);
const module = await importModule<Record<string, any>>(dir, 'src/client/index.ts');
const mockModule = await importModule<Record<string, any>>(dir, 'src/mock/index.ts');

interface Sent {
  url: URL;
  headers: Headers;
  body: Uint8Array;
}

function clientWith(config: Record<string, unknown> = {}) {
  const sent: Sent[] = [];
  const fetchFn: typeof fetch = async (url, init = {}) => {
    const body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : ((init.body as Uint8Array | undefined) ?? new Uint8Array(0));
    sent.push({ url: new URL(String(url)), headers: new Headers(init.headers), body });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new module.TraitsClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: fetchFn, ...config });
  return { client, sent };
}

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('base64');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('the host prefix goes in front of the endpoint host, its label filled in; the label is still sent', async () => {
  const { client, sent } = clientWith();
  await client.getStatus({ account: 'acme-1' });
  assert.is(sent[0].url.host, 'acme-1.data.traits.eu-west-1.example.com');
  assert.equal(JSON.parse(text(sent[0].body)), { account: 'acme-1' });
  // The signature covers the prefixed host.
  assert.match(sent[0].headers.get('authorization')!, /SignedHeaders=[^,]*host/);
  await client.getStatus({ account: 'a.b' });
  assert.is(sent[1].url.host, 'a.b.data.traits.eu-west-1.example.com', 'dot-separated labels are allowed, as in AWS SDKs');
});

test('operations named like the runtime values their files import work as any other', async () => {
  const { client, sent } = clientWith();
  await client.hostPrefix({ account: 'acme' });
  assert.is(sent[0].url.host, 'acme.data.traits.eu-west-1.example.com');
  await client.schemas({ data: 'a' });
  await client.completeDefinition({ data: 'b' });
  await client.gzipRequest({ data: 'c' });
  await client.contentMd5({ data: 'd' });
  assert.equal(sent.slice(1).map((s) => s.url.pathname), ['/schemas', '/complete-definition', '/gzip-request', '/content-md5']);
  assert.is(sent[4].headers.get('content-md5'), md5(sent[4].body));
  for (const name of ['hostPrefix', 'schemas', 'completeDefinition', 'gzipRequest', 'contentMd5']) assert.type(module[name], 'function', name);
});

test('a custom endpoint gets the prefix too, unless disableHostPrefix is set', async () => {
  const custom = clientWith({ endpoint: 'http://localhost:8080/base' });
  await custom.client.getStatus({ account: 'x' });
  assert.is(custom.sent[0].url.href, 'http://x.data.localhost:8080/base/status');
  const off = clientWith({ endpoint: 'http://localhost:8080', disableHostPrefix: true });
  await off.client.getStatus({ account: 'x' });
  assert.is(off.sent[0].url.host, 'localhost:8080');
});

test('a host label value that is not host name text is refused before anything is sent', async () => {
  for (const account of ['evil.com/', 'a..b', '-a', 'a-', '', 'a b', 'x'.repeat(64), 'ünï', 'a:80', '.a']) {
    const { client, sent } = clientWith();
    try {
      await client.getStatus({ account });
      assert.unreachable(`${JSON.stringify(account)} was accepted`);
    } catch (e: any) {
      assert.is(e.name, 'InputValidationError', `${JSON.stringify(account)}: ${e.message}`);
      assert.equal(e.issues.map((i: any) => [i.path, i.constraint]), [['/account', 'hostLabel']]);
    }
    assert.is(sent.length, 0);
  }
});

test('a body below the minimum is sent as it is; at the minimum it is gzipped and labelled', async () => {
  const small = clientWith();
  await small.client.upload({ data: 'short' });
  assert.is(small.sent[0].headers.get('content-encoding'), null);
  assert.equal(JSON.parse(text(small.sent[0].body)), { data: 'short' });

  const data = 'x'.repeat(10_240);
  const big = clientWith();
  await big.client.upload({ data });
  const r = big.sent[0];
  assert.is(r.headers.get('content-encoding'), 'gzip');
  assert.equal(JSON.parse(text(gunzipSync(r.body))), { data });
  assert.ok(r.body.length < 200, `compressed to ${r.body.length} bytes`);
  // The checksum is of the body as sent: the compressed bytes.
  assert.is(r.headers.get('content-md5'), md5(r.body));
});

test('gzip is appended to the caller\'s Content-Encoding', async () => {
  const { client, sent } = clientWith({ requestMinCompressionSizeBytes: 0 });
  await client.upload({ data: 'tiny', encoding: 'custom' });
  assert.is(sent[0].headers.get('content-encoding'), 'custom, gzip');
  assert.equal(JSON.parse(text(gunzipSync(sent[0].body))), { data: 'tiny' });
});

test('disableRequestCompression, AWS_DISABLE_REQUEST_COMPRESSION and a bad minimum', async () => {
  const data = 'y'.repeat(20_000);
  const off = clientWith({ disableRequestCompression: true });
  await off.client.upload({ data });
  assert.is(off.sent[0].headers.get('content-encoding'), null);

  process.env.AWS_DISABLE_REQUEST_COMPRESSION = 'true';
  try {
    const env = clientWith();
    await env.client.upload({ data });
    assert.is(env.sent[0].headers.get('content-encoding'), null);
    const overridden = clientWith({ disableRequestCompression: false });
    await overridden.client.upload({ data });
    assert.is(overridden.sent[0].headers.get('content-encoding'), 'gzip', 'the config wins over the environment');
  } finally {
    delete process.env.AWS_DISABLE_REQUEST_COMPRESSION;
  }

  for (const bad of [-1, 1.5, 10_485_761]) {
    const { client, sent } = clientWith({ requestMinCompressionSizeBytes: bad });
    const error = await client.upload({ data }).then(() => undefined, (e: Error) => e);
    assert.match(error?.message ?? 'resolved', /requestMinCompressionSizeBytes must be a whole number from 0 to 10485760/);
    assert.is(sent.length, 0);
  }
});

test('Content-MD5 is the MD5 of the body, and a caller\'s own header is kept', async () => {
  const { client, sent } = clientWith();
  await client.checked({ data: 'hello' });
  assert.is(sent[0].headers.get('content-md5'), md5(sent[0].body));
  await client.checked({});
  assert.is(sent[1].headers.get('content-md5'), md5(sent[1].body));
  await client.checked({ data: 'hello', md5: 'given==' });
  assert.is(sent[2].headers.get('content-md5'), 'given==');
});

test('only a package with a checksum operation gets the checksum runtime, and only those operations import it', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  assert.equal(readdirSync(`${dir}/src/runtime/checksum`), ['contentMd5.ts']);
  assert.match(readFileSync(`${dir}/src/client/operations/Upload.ts`, 'utf8'), /prepare: \[\$gzipRequest, \$contentMd5\]/);
  assert.not.match(readFileSync(`${dir}/src/client/operations/GetStatus.ts`, 'utf8'), /contentMd5|prepare/);
  // The same model without a checksum operation: no checksum runtime at all.
  const withoutChecksums = { ...loaded.ir!, operations: loaded.ir!.operations.map((op) => ({ ...op, httpChecksumRequired: undefined })) };
  assert.equal(emitClient(withoutChecksums).filter((f) => f.path.startsWith('src/runtime/checksum/')), []);
});

test('without Node\'s modules (a browser): MD5 from @noble/hashes, gzip from CompressionStream, same bytes', async () => {
  const { execFileSync } = await import('node:child_process');
  // A fresh process, its built-in module lookup gone before the runtime first asks for it.
  const script = `
    delete process.getBuiltinModule;
    const { contentMd5 } = await import(${JSON.stringify(`${dir}/src/runtime/checksum/contentMd5.ts`)});
    const { gzipRequest } = await import(${JSON.stringify(`${dir}/src/runtime/client/compression.ts`)});
    const request = { headers: {}, body: 'z'.repeat(20000) };
    await gzipRequest(request, {});
    contentMd5(request);
    console.log(JSON.stringify({ headers: request.headers, body: Buffer.from(request.body).toString('base64') }));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }));
  const body = new Uint8Array(Buffer.from(out.body, 'base64'));
  assert.is(text(gunzipSync(body)), 'z'.repeat(20000));
  assert.equal(out.headers, { 'content-encoding': 'gzip', 'content-md5': md5(body) });
});

test('a blob or string payload with a media type is sent with it as its Content-Type, both ways', async () => {
  const { client, sent } = clientWith();
  await client.putImage({ image: new Uint8Array([137, 80, 78, 71]) });
  assert.is(sent[0].headers.get('content-type'), 'image/png');
  assert.equal([...sent[0].body], [137, 80, 78, 71]);
  await client.putPage({ page: '<p>hi</p>' });
  assert.is(sent[1].headers.get('content-type'), 'text/html; charset=utf-8');
  const mock = mockModule.createMockServer({ handlers: { PutImage: (input: { image: Uint8Array }) => ({ image: input.image }) } });
  const url: string = await mock.listen(0);
  try {
    const answer = await fetch(`${url}/image`, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: new Uint8Array([1, 2]) });
    assert.is(answer.headers.get('content-type'), 'image/png');
    assert.equal([...new Uint8Array(await answer.arrayBuffer())], [1, 2]);
  } finally {
    await mock.close();
  }
});

test('a media type that is not one is a model error, so no header can be injected through it', () => {
  for (const mediaType of ['text/plain\\r\\nX-Injected: 1', 'plain', 'text/html; charset']) {
    const broken = loadModelTexts([{ file: 'model.yaml', text: MODEL.replace('mediaType: image/png', `mediaType: "${mediaType}"`) }]);
    const line = MODEL.split('\n').findIndex((l) => l.includes('mediaType: image/png')) + 1;
    assert.equal(broken.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column]), [['SC1104', line, 16]], mediaType);
    assert.match(broken.diagnostics[0].hint!, /a media type/);
  }
});

test('a required idempotency token may be left out (types and validators agree): the client fills it in, and keeps a given one', async () => {
  const { client, sent } = clientWith({ idempotencyToken: () => 'fresh-token' });
  await client.startJob({ name: 'a' });
  assert.equal(JSON.parse(text(sent[0].body)), { name: 'a', clientToken: 'fresh-token' });
  await client.startJob({ name: 'b', clientToken: 'mine' });
  assert.equal(JSON.parse(text(sent[1].body)), { name: 'b', clientToken: 'mine' });
  const missingName = await client.startJob({}).then(() => undefined, (e: Error) => e);
  assert.equal((missingName as any)?.issues?.map((i: any) => i.path), ['/name'], 'only the member the caller must give is reported');
  const validators = await importModule<Record<string, (v: unknown) => unknown[]>>(dir, 'src/validators/index.ts');
  assert.equal(validators.validateStartJobInput({ name: 'a' }), [], 'the validator, like the type, lets the token be left out');
  assert.equal((validators.validateStartJobInput({}) as { path: string }[]).map((i) => i.path), ['/name']);
  const types = emitTypes(loaded.ir!).find((f) => f.path === 'src/types.ts')!.contents;
  assert.match(types, /\n  clientToken\?: \w+;/, 'the type lets callers leave the token out');
  assert.match(types, /\n  name: \w+;/);
});

test('numbers in response headers: whole numbers take digits only, floats decimal text', async () => {
  const answer = (headers: Record<string, string>) => async () => new Response('', { status: 200, headers });
  const read = (headers: Record<string, string>) =>
    new module.TraitsClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: answer(headers) }).countJobs({}).then(
      (out: unknown) => out,
      (e: Error) => e.name,
    );
  assert.equal(await read({ 'x-count': '12', 'x-ratio': '1e1' }), { count: 12, ratio: 10 });
  for (const count of ['1e1', '0x10', '1.5', '-']) assert.is(await read({ 'x-count': count }), 'ResponseParseError', count);
  assert.is(await read({ 'x-ratio': '0x10' }), 'ResponseParseError');
});

test('the mock server takes a gzipped body, and hands the handler the caller\'s own Content-Encoding', async () => {
  let received: unknown;
  const mock = mockModule.createMockServer({ handlers: { Upload: (input: unknown) => ((received = input), {}) }, limits: { maxBodyBytes: 50_000, maxStringLength: 100_000 } });
  const url: string = await mock.listen(0);
  try {
    const client = new module.TraitsClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, endpoint: url });
    const data = 'w'.repeat(30_000);
    await client.upload({ data, encoding: 'custom' });
    assert.equal(received, { data, encoding: 'custom' });
    await client.upload({ data });
    assert.equal(received, { data });
    // A small gzip that expands past the body limit is refused, as the raw body would be.
    const bomb = await client.upload({ data: 'v'.repeat(60_000) }).then(() => undefined, (e: Error) => e);
    assert.is((bomb as any)?.$metadata?.httpStatusCode, 413);
    const raw = await fetch(`${url}/upload`, { method: 'POST', headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' }, body: 'not gzip' });
    assert.is(raw.status, 400);
  } finally {
    await mock.close();
  }
});

test.run();
