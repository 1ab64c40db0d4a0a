/**
 * The two signing libraries the issue names, against AWS's SigV4 test suite, as they come and
 * configured alike, plus the size each adds to a bundle; and aws4, aws4fetch's sibling for Node.
 * The client signs with aws4 on Node (nodeSigner.ts: synchronous node:crypto) and with aws4fetch in
 * browsers (signer.ts); test/client/sigv4.test.ts holds both to the same suite.
 *
 * Run: node --import tsx test/conformance/compare-signers.ts
 */
import { gzipSync } from 'node:zlib';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import aws4 from 'aws4';
import { AwsV4Signer } from 'aws4fetch';
import { build } from 'esbuild';
import { escapeUri } from '../../templates/runtime/protocol/http.ts';
import { loadSigV4Vectors, SIGV4_CONTEXT as C, type SigV4Vector } from './sigv4-vectors.ts';

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Escaped as the client escapes (the suite's paths are raw); `escaped: false` passes them as written. */
function urlOf(v: SigV4Vector, escaped: boolean): URL {
  if (!escaped) return new URL(`https://example.amazonaws.com${v.target}`);
  const [path, query = ''] = v.target.split(/\?(.*)/s);
  const p = path.split('/').map((s) => escapeUri(decode(s))).join('/');
  const q = query.split('&').filter(Boolean).map((pair) => pair.split('=').map((x) => escapeUri(decode(x))).join('=')).join('&');
  return new URL(`https://example.amazonaws.com${p}${q ? `?${q}` : ''}`);
}

function headersOf(v: SigV4Vector): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, raw] of v.headers) {
    if (/^(host|x-amz-date)$/i.test(name)) continue;
    const value = raw.replace(/\n\s*/g, ' ');
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return headers;
}

const tokenOf = (v: SigV4Vector) => (v.name === 'post-sts-header-after' ? undefined : v.sessionToken);

async function aws4fetchSigns(v: SigV4Vector, alike: boolean): Promise<boolean> {
  const signer = new AwsV4Signer({
    method: v.method,
    url: urlOf(v, alike).href,
    headers: headersOf(v),
    body: v.body || undefined,
    accessKeyId: C.accessKeyId,
    secretAccessKey: C.secretAccessKey,
    sessionToken: tokenOf(v),
    region: C.region,
    service: C.service,
    datetime: C.datetime,
    ...(alike && { singleEncode: true, allHeaders: true }),
  });
  return (await signer.authHeader()) === v.authz;
}

async function smithySigns(v: SigV4Vector, alike: boolean): Promise<boolean> {
  const url = urlOf(v, alike);
  const query: Record<string, string | string[]> = {};
  for (const [k, x] of url.searchParams) query[k] = k in query ? ([] as string[]).concat(query[k], x) : x;
  const signer = new SignatureV4({
    credentials: { accessKeyId: C.accessKeyId, secretAccessKey: C.secretAccessKey, sessionToken: tokenOf(v) },
    region: C.region,
    service: C.service,
    sha256: Sha256,
    ...(alike && { applyChecksum: false, uriEscapePath: false }),
  });
  const request = { method: v.method, protocol: 'https:', hostname: url.hostname, path: url.pathname, query, headers: { ...headersOf(v), host: url.hostname }, body: v.body || undefined };
  const signed = (await signer.sign(request as never, { signingDate: C.date })) as unknown as { headers: Record<string, string> };
  return signed.headers.authorization === v.authz;
}

async function aws4Signs(v: SigV4Vector, alike: boolean): Promise<boolean> {
  const url = urlOf(v, alike);
  const headers: Record<string, string> = { ...headersOf(v), host: url.host, 'x-amz-date': C.datetime };
  const token = tokenOf(v);
  if (token && !Object.keys(headers).some((h) => h.toLowerCase() === 'x-amz-security-token')) headers['x-amz-security-token'] = token;
  const signer = new aws4.RequestSigner(
    { method: v.method, host: url.host, path: url.pathname + url.search, headers, body: v.body || undefined, service: C.service, region: C.region, ...(alike && { doNotModifyHeaders: true, doNotEncodePath: true }) },
    { accessKeyId: C.accessKeyId, secretAccessKey: C.secretAccessKey },
  );
  signer.datetime = C.datetime;
  return (signer.sign().headers as Record<string, string>).Authorization === v.authz;
}

async function bundleSize(source: string, platform: 'browser' | 'node') {
  const out = await build({ stdin: { contents: source, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', platform, write: false, logLevel: 'silent' });
  const code = out.outputFiles[0].contents;
  return `${(code.length / 1024).toFixed(1)} KB min / ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gz`;
}

const vectors = loadSigV4Vectors();
for (const [name, signs] of [['aws4fetch', aws4fetchSigns], ['aws4', aws4Signs], ['@smithy/signature-v4', smithySigns]] as const) {
  let asIs = 0;
  let alike = 0;
  const failed: string[] = [];
  for (const v of vectors) {
    if (await signs(v, false).catch(() => false)) asIs++;
    if (await signs(v, true).catch(() => false)) alike++;
    else failed.push(v.name);
  }
  console.log(`${name.padEnd(22)} vectors as it comes ${asIs}/${vectors.length}, configured like the client ${alike}/${vectors.length}${failed.length > 0 ? ` (fails ${failed.join(', ')})` : ''}`);
}
const aws4fetchEntry = `import { AwsV4Signer } from 'aws4fetch'; export const s = AwsV4Signer;`;
const aws4Entry = `import aws4 from 'aws4'; export const s = aws4;`;
const smithy = `import { SignatureV4 } from '@smithy/signature-v4'; import { Sha256 } from '@aws-crypto/sha256-browser'; export const s = [SignatureV4, Sha256];`;
console.log(`aws4fetch              browser ${await bundleSize(aws4fetchEntry, 'browser')}, node ${await bundleSize(aws4fetchEntry, 'node')}; no dependencies; Web Crypto (asynchronous)`);
console.log(`aws4                   node ${await bundleSize(aws4Entry, 'node')}; no dependencies; Node's crypto (synchronous), so Node only`);
console.log(`@smithy/signature-v4   browser ${await bundleSize(smithy, 'browser')}, node ${await bundleSize(smithy, 'node')}; needs a SHA-256 (here @aws-crypto/sha256-browser)`);
