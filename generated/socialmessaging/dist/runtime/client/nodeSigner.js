/**
 * SigV4 signing on Node, Deno and Bun through aws4: aws4fetch's sibling by the same author, with the
 * same canonical request, hashing with `node:crypto` synchronously. Web Crypto, which aws4fetch
 * must use, is asynchronous and made signing most of a call's own work on Node (about 0.2 ms of
 * 0.38 ms). test/client/sigv4.test.ts holds both signers to AWS's SigV4 test suite.
 */
import aws4 from 'aws4';
import { amzDate, signRequest as webSignRequest } from './signer.js';
/** The request's headers, lower-cased, plus `authorization`, `x-amz-date` and `x-amz-security-token`. */
export function signRequest(request, credentials, context) {
    const url = new URL(request.url);
    const query = queryOf(url);
    // aws4 writes the canonical query into a plain object, where a `__proto__` key is lost.
    if (query === undefined)
        return webSignRequest(request, credentials, context);
    const datetime = amzDate(context.date);
    const headers = {};
    // Header names are case-insensitive: the same name twice is one header with both values.
    for (const name of Object.keys(request.headers)) {
        const lower = name.toLowerCase();
        headers[lower] = lower in headers ? `${headers[lower]}, ${request.headers[name]}` : request.headers[name];
    }
    headers.host = url.host;
    headers['x-amz-date'] = datetime;
    if (credentials.sessionToken)
        headers['x-amz-security-token'] = credentials.sessionToken;
    const signer = new aws4.RequestSigner({
        method: request.method,
        host: url.host,
        path: url.pathname + url.search,
        headers,
        body: request.body,
        service: context.service,
        region: context.region,
        // Headers are exactly the ones above (aws4 would otherwise add a Content-Type and a length).
        doNotModifyHeaders: true,
        // AWS's test suite describes the single-encoded path; AWS services get it encoded twice.
        doNotEncodePath: context.doubleEncodePath === false,
    }, { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey });
    signer.datetime = datetime;
    // The query as sent, every pair of it: aws4's own parse (querystring) keeps the first 1,000.
    signer.parsedPath = { path: url.pathname, query };
    const signed = signer.sign().headers;
    const out = {};
    for (const name of Object.keys(signed))
        if (name !== 'host')
            out[name.toLowerCase()] = signed[name];
    return Promise.resolve(out);
}
/** The URL's query as aws4 takes it (a key's values as a list); undefined if a key is `__proto__`. */
function queryOf(url) {
    const query = Object.create(null);
    for (const [key, value] of url.searchParams) {
        if (key === '__proto__')
            return undefined;
        const seen = query[key];
        query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    }
    return query;
}
//# sourceMappingURL=nodeSigner.js.map