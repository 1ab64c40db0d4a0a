/**
 * The generated socialmessaging client beside AWS SDK v3's, in one run, on the same inputs:
 *   1. calls/s against the generated mock server on loopback (sequential calls), each side with its
 *      default Node transport: ours node:http with a keep-alive agent, the SDK's NodeHttpHandler
 *      (node:http, keep-alive); ours through the global fetch (undici) too, the browser path;
 *   2. the client's own work per call with no network (a transport that answers at once);
 *   3. the minified (+ gzipped) size of a bundle that calls one operation, for browsers and Node,
 *      and what each part of ours contributes (esbuild's metafile).
 * Ratios are ours ÷ the SDK's (higher is better for calls/s, lower for time and bytes).
 *
 * Run: node --import tsx bench/client.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as sdk from '@aws-sdk/client-socialmessaging';
import { emitClient } from '../generator/emit/client/index.ts';
import { emitMock } from '../generator/emit/mock/index.ts';
import { emitPackage } from '../generator/emit/package/index.ts';
import { emitValidators } from '../generator/emit/validators/index.ts';
import { importBotocore } from '../generator/import/botocore/index.ts';
import { writePackage } from '../test/client/generate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = join(ROOT, 'bench/.tmp/client');
const MODEL = join(ROOT, '../shared/reference/botocore/socialmessaging-2024-01-01.json');

const { ir } = importBotocore(JSON.parse(readFileSync(MODEL, 'utf8')));
const emitted = [emitValidators, emitClient, emitMock].flatMap((emit) => emit(ir));
// The package emitter's package.json too: its `sideEffects: false` is what lets a consumer's
// bundler drop the modules a bundle does not use, so the size measured is what users get.
writePackage(DIR, [...emitted, ...emitPackage(ir, emitted).files.filter((f) => f.path === 'package.json')]);
const ours = (await import(pathToFileURL(join(DIR, 'src/client/index.ts')).href)) as Record<string, any>;
const { createMockServer } = (await import(pathToFileURL(join(DIR, 'src/mock/index.ts')).href)) as Record<string, any>;

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
const input = {
  originationPhoneNumberId: 'phone-number-id-01234567890123456789012345678901',
  message: new TextEncoder().encode(JSON.stringify({ to: '+15550100', type: 'text', text: { body: 'Hello from the benchmark' } })),
  metaApiVersion: 'v20.0',
};
const OUTPUT = '{"messageId":"msg-0123456789"}';

/** Calls per second over `ms`, after a warm-up. */
async function rate(call: () => Promise<unknown>, ms: number): Promise<number> {
  for (let i = 0; i < 50; i++) await call();
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    await call();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Rounds alternate between the two sides and the median round counts, so a burst of load from
 * something else on the machine cannot favour one side.
 */
async function sideBySide(ours: () => Promise<unknown>, theirs: () => Promise<unknown>, rounds = 7): Promise<{ ours: number; sdk: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(await rate(ours, 700));
    b.push(await rate(theirs, 700));
  }
  return { ours: median(a), sdk: median(b) };
}

const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

// 1. Loopback against the generated mock.
const mock = createMockServer({ handlers: { SendWhatsAppMessage: () => ({ messageId: 'msg-0123456789' }) } });
const url: string = await mock.listen(0);
const ourLoopback = new ours.SocialmessagingClient({ region: 'us-east-1', endpoint: url, credentials });
const sdkLoopback = new sdk.SocialMessagingClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });
const sdkCommand = () => sdkLoopback.send(new sdk.SendWhatsAppMessageCommand(input));
const loop = await sideBySide(() => ourLoopback.sendWhatsAppMessage(input), sdkCommand);
const ourFetchLoopback = new ours.SocialmessagingClient({ region: 'us-east-1', endpoint: url, credentials, fetch });
const loopFetch = await sideBySide(() => ourFetchLoopback.sendWhatsAppMessage(input), sdkCommand);
await mock.close();
sdkLoopback.destroy();

// 2. Own work per call: the transport answers at once, so what is left is serialisation, signing,
// validation, parsing and the middleware around them.
const ourOffline = new ours.SocialmessagingClient({
  region: 'us-east-1',
  credentials,
  fetch: async () => new Response(OUTPUT, { status: 200, headers: { 'content-type': 'application/json' } }),
});
const sdkOffline = new sdk.SocialMessagingClient({
  region: 'us-east-1',
  credentials,
  maxAttempts: 1,
  requestHandler: {
    handle: async () => ({
      response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Readable.from([Buffer.from(OUTPUT)]) },
    }),
  } as never,
});
const offlineRates = await sideBySide(
  () => ourOffline.sendWhatsAppMessage(input),
  () => sdkOffline.send(new sdk.SendWhatsAppMessageCommand(input)),
);
const offline = { ours: 1000 / offlineRates.ours, sdk: 1000 / offlineRates.sdk };

// 3. Bundle size of one operation.
interface Bundle {
  min: number;
  gz: number;
  /** Minified bytes by input file. */
  parts: Record<string, number>;
}
async function bundle(source: string, platform: 'browser' | 'node'): Promise<Bundle> {
  const result = await build({
    metafile: true,
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const [output] = Object.values(result.metafile.outputs);
  const parts = Object.fromEntries(Object.entries(output.inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]));
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length, parts };
}

/** Our browser bundle by part, largest first: the generated validators, runtime and client files. */
const PARTS: [RegExp, string][] = [
  [/\/src\/(validators\/|runtime\/validation|runtime\/inline\/)/, 'validators'],
  [/(^|\/)node_modules\/aws4(fetch)?\//, 'signing+transport'],
  [/\/src\/runtime\/client\/(signer|transport|nodeTransport|builtin|platform)\./, 'signing+transport'],
  [/\/src\/runtime\/protocol\//, 'protocol runtime'],
  [/\/src\/runtime\//, 'client runtime (config, retries, errors)'],
  [/\/src\/client\//, 'generated serde+errors+operation'],
];
function composition(parts: Record<string, number>): string {
  const groups: Record<string, number> = {};
  for (const [file, bytes] of Object.entries(parts)) {
    const group = PARTS.find(([pattern]) => pattern.test(file.replace(/\\/g, '/')))?.[1] ?? 'other';
    groups[group] = (groups[group] ?? 0) + bytes;
  }
  return Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${group} ${kb(bytes)}`)
    .join(', ');
}
const ourEntry = `import { SocialmessagingBaseClient, sendWhatsAppMessage } from ${JSON.stringify(join(DIR, 'src/client/index.ts'))};
export const run = (input) => sendWhatsAppMessage(new SocialmessagingBaseClient({ region: 'us-east-1' }), input);`;
const sdkEntry = `import { SocialMessagingClient, SendWhatsAppMessageCommand } from '@aws-sdk/client-socialmessaging';
export const run = (input) => new SocialMessagingClient({ region: 'us-east-1' }).send(new SendWhatsAppMessageCommand(input));`;
const sizes = {
  browser: { ours: await bundle(ourEntry, 'browser'), sdk: await bundle(sdkEntry, 'browser') },
  node: { ours: await bundle(ourEntry, 'node'), sdk: await bundle(sdkEntry, 'node') },
};

console.log('generated client vs AWS SDK v3 (@aws-sdk/client-socialmessaging), SendWhatsAppMessage');
console.log(`loopback calls/s      ours ${fmt(loop.ours)}   sdk ${fmt(loop.sdk)}   ratio ${ratio(loop.ours, loop.sdk)}   (both node:http, keep-alive)`);
console.log(`  ours through fetch  ours ${fmt(loopFetch.ours)}   sdk ${fmt(loopFetch.sdk)}   ratio ${ratio(loopFetch.ours, loopFetch.sdk)}   (ours: global fetch, undici)`);
console.log(`own work per call     ours ${fmt(offline.ours, 3)} ms   sdk ${fmt(offline.sdk, 3)} ms   ratio ${ratio(offline.ours, offline.sdk)}`);
for (const platform of ['browser', 'node'] as const) {
  const s = sizes[platform];
  console.log(
    `bundle ${platform.padEnd(7)}        ours ${kb(s.ours.min)} min / ${kb(s.ours.gz)} gz   sdk ${kb(s.sdk.min)} min / ${kb(s.sdk.gz)} gz   ratio ${ratio(s.ours.min, s.sdk.min)} min, ${ratio(s.ours.gz, s.sdk.gz)} gz`,
  );
}
console.log(`  ours (browser), minified bytes by part: ${composition(sizes.browser.ours.parts)}`);
