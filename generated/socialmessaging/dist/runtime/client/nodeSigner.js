/**
 * SigV4 signing on Node, Deno and Bun through aws4: aws4fetch's sibling by the same author, with the
 * same canonical request, hashing with `node:crypto` synchronously. Web Crypto, which aws4fetch
 * must use, is asynchronous and made signing most of a call's own work on Node (about 0.2 ms of
 * 0.38 ms). test/client/sigv4.test.ts holds both signers to AWS's SigV4 test suite.
 */
import aws4 from 'aws4';
/** The request's headers, lower-cased, plus `authorization`, `x-amz-date` and `x-amz-security-token`. */
export function signRequest(request, credentials, context) {
    const url = new URL(request.url);
    const datetime = context.date.toISOString().replace(/[:-]|\.\d{3}/g, '');
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
    const signed = signer.sign().headers;
    const out = {};
    for (const name of Object.keys(signed))
        if (name !== 'host')
            out[name.toLowerCase()] = signed[name];
    return Promise.resolve(out);
}
//# sourceMappingURL=nodeSigner.js.map