/**
 * SigV4 signing: the canonical request, string to sign and `Authorization` header as AWS's SigV4
 * specification describes them (checked against AWS's test suite in test/client/sigv4.test.ts).
 * The hashing is never done here: SHA-256 and HMAC come from `node:crypto` where the runtime has it
 * (synchronous, several times faster per call than Web Crypto on Node), else from Web Crypto.
 * `node:crypto` is reached through `process.getBuiltinModule` (builtin.ts, through platform.ts),
 * not an import, so a browser bundle resolves nothing of Node's.
 */
import { utf8 } from '../protocol/base64.js';
import { escapeReserved, escapeUri } from '../protocol/http.js';
import { nodeBuiltin } from './platform.js';
/** `node:crypto` on Node, Deno and Bun; undefined where there is no such module (browsers, workers). */
const node = () => nodeBuiltin('node:crypto');
const bytes = (data) => (typeof data === 'string' ? utf8(data) : data);
function hex(data) {
    let out = '';
    for (const b of data)
        out += (b < 16 ? '0' : '') + b.toString(16);
    return out;
}
async function sha256Hex(data) {
    const n = node();
    return n ? n.createHash('sha256').update(data).digest('hex') : hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes(data))));
}
async function hmac(key, data) {
    const n = node();
    if (n)
        return n.createHmac('sha256', key).update(data).digest();
    const cryptoKey = await crypto.subtle.importKey('raw', bytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, bytes(data)));
}
export async function canonicalRequest(request, credentials, context) {
    const url = new URL(request.url);
    const datetime = context.date.toISOString().replace(/[:-]|\.\d{3}/g, '');
    const scope = `${datetime.slice(0, 8)}/${context.region}/${context.service}/aws4_request`;
    // Header names are case-insensitive: the same name twice is one header with both values.
    const headers = {};
    for (const name of Object.keys(request.headers)) {
        const lower = name.toLowerCase();
        headers[lower] = lower in headers ? `${headers[lower]}, ${request.headers[name]}` : request.headers[name];
    }
    delete headers.host;
    headers['x-amz-date'] = datetime;
    if (credentials.sessionToken)
        headers['x-amz-security-token'] = credentials.sessionToken;
    // Every header we send is signed (Content-Type included), as AWS SDKs do.
    const names = ['host', ...Object.keys(headers)].sort();
    const canonicalHeaders = names.map((n) => `${n}:${n === 'host' ? url.host : headers[n].trim().replace(/\s+/g, ' ')}\n`).join('');
    const path = url.pathname.replace(/\/+/g, '/');
    const query = url.search
        ? [...url.searchParams]
            .filter(([key]) => key)
            .map(([key, value]) => [escapeUri(key), escapeUri(value)])
            .sort(([k1, v1], [k2, v2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0))
            .map((pair) => pair.join('='))
            .join('&')
        : '';
    const signedHeaders = names.join(';');
    const canonical = [
        request.method.toUpperCase(),
        context.doubleEncodePath === false ? escapeReserved(path) : escapeUri(path).replace(/%2F/g, '/'),
        query,
        canonicalHeaders,
        signedHeaders,
        await sha256Hex(request.body ?? ''),
    ].join('\n');
    const stringToSign = `AWS4-HMAC-SHA256\n${datetime}\n${scope}\n${await sha256Hex(canonical)}`;
    return { headers, datetime, scope, signedHeaders, canonical, stringToSign };
}
/** The request's headers (lower-cased) plus `authorization`, `x-amz-date` and `x-amz-security-token`. */
export async function signRequest(request, credentials, context) {
    const c = await canonicalRequest(request, credentials, context);
    const cacheKey = `${credentials.secretAccessKey},${c.scope}`;
    let key = context.keyCache?.get(cacheKey);
    if (!key) {
        key = await hmac(`AWS4${credentials.secretAccessKey}`, c.datetime.slice(0, 8));
        for (const part of [context.region, context.service, 'aws4_request'])
            key = await hmac(key, part);
        context.keyCache?.set(cacheKey, key);
    }
    const signature = await hmac(key, c.stringToSign);
    c.headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${c.scope}, SignedHeaders=${c.signedHeaders}, Signature=${hex(signature)}`;
    return c.headers;
}
//# sourceMappingURL=signer.js.map