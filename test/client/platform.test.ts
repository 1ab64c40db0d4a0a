/**
 * Browser bundles swap platform.ts for platform.browser.ts through the package's `browser` field,
 * so they carry none of the Node-only code; Node bundles keep the node:http transport.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { build } from 'esbuild';
import { emitPackage } from '../../generator/emit/package/index.ts';
import { RUNTIME_EMITTERS, ROOT, writePackage } from './generate.ts';
import { loadNotes } from './notes.ts';

const ir = await loadNotes();
const dir = join(ROOT, 'test/.tmp/client-platform');
const files = RUNTIME_EMITTERS.flatMap((emit) => emit(ir));
const manifest = emitPackage(ir, files).files.find((f) => f.path === 'package.json')!;
writePackage(dir, [...files, manifest]);

async function bundle(platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    stdin: { contents: `export { NotesBaseClient, putNote } from ${JSON.stringify(join(dir, 'src/client/index.ts'))};`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

test('package.json maps each .browser.ts stand-in, in src/ and dist/', () => {
  assert.equal(JSON.parse(manifest.contents).browser, {
    './dist/runtime/client/platform.js': './dist/runtime/client/platform.browser.js',
    './src/runtime/client/platform.js': './src/runtime/client/platform.browser.ts',
  });
});

test('a browser bundle has no node:http transport and no Node module lookups; a Node bundle has both', async () => {
  const browser = await bundle('browser');
  const node = await bundle('node');
  for (const nodeOnly of ['node:http', 'keepAlive', 'getBuiltinModule']) {
    assert.not.ok(browser.includes(nodeOnly), `the browser bundle holds ${nodeOnly}`);
    assert.ok(node.includes(nodeOnly), `the Node bundle lacks ${nodeOnly}`);
  }
  assert.ok(browser.includes('fetchTransport(fetch)'), 'the browser bundle sends through fetch');
});

test('the compiled package (dist/, what consumers import) is swapped the same way', async () => {
  // The checked-in socialmessaging package, compiled: its package.json maps dist/ too.
  const dist = join(ROOT, 'generated/socialmessaging/dist/client');
  const contents = `export { SocialmessagingBaseClient } from ${JSON.stringify(join(dist, 'service.js'))};
export { sendWhatsAppMessage } from ${JSON.stringify(join(dist, 'operations/SendWhatsAppMessage.js'))};`;
  const bundleOf = async (platform: 'browser' | 'node') =>
    (await build({ stdin: { contents, resolveDir: ROOT }, bundle: true, format: 'esm', platform, write: false, logLevel: 'silent' })).outputFiles[0].text;
  const [browser, node] = [await bundleOf('browser'), await bundleOf('node')];
  assert.not.ok(browser.includes('node:http'), 'the browser bundle of dist/ holds the Node transport');
  assert.ok(node.includes('node:http'), 'the Node bundle of dist/ lacks the Node transport');
});

test('platform.browser.ts exports what platform.ts exports', async () => {
  const browser = await import('../../templates/runtime/client/platform.browser.ts');
  const node = await import('../../templates/runtime/client/platform.ts');
  assert.equal(Object.keys(browser).sort(), Object.keys(node).sort());
});

test('the browser platform finds no Node module and sends through the given fetch', async () => {
  const platform = await import('../../templates/runtime/client/platform.browser.ts');
  assert.is(platform.nodeBuiltin('node:crypto'), undefined);
  const seen: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (url: string) => {
    seen.push(url);
    return new Response('ok', { status: 200 });
  }) as typeof fetch;
  try {
    const response = await platform.defaultTransport()({ method: 'GET', url: 'https://example.com/x', headers: {} }, new AbortController().signal, 100);
    assert.is(response.status, 200);
    assert.is(new TextDecoder().decode(response.body), 'ok');
    assert.equal(seen, ['https://example.com/x']);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test.run();
