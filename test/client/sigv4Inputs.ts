/** AWS's SigV4 test suite as the client would sign it: for sigv4.test.ts. */
import { escapeUri } from '../../templates/runtime/protocol/http.ts';
import { loadSigV4Vectors, SIGV4_CONTEXT, type SigV4Vector } from '../conformance/sigv4-vectors.ts';

export const vectors = loadSigV4Vectors();

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The request line's target as the client would send it: every segment and query part escaped. */
function urlOf(target: string): string {
  const [path, query] = target.split(/\?(.*)/s);
  const escapedPath = path.split('/').map((s) => escapeUri(decode(s))).join('/');
  const escapedQuery = (query ?? '')
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=').map((p) => escapeUri(decode(p))).join('='))
    .join('&');
  return `https://example.amazonaws.com${escapedPath}${escapedQuery ? `?${escapedQuery}` : ''}`;
}

/** Obsolete line folding becomes one space; repeated names join with `,` (RFC 9110). */
function headersOf(v: SigV4Vector): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, raw] of v.headers) {
    if (/^(host|x-amz-date)$/i.test(name)) continue; // the signer derives both
    const value = raw.replace(/\n\s*/g, ' ');
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return headers;
}

export function signingInputs(v: SigV4Vector) {
  // `post-sts-header-after` adds the token after signing: the signature must not cover it.
  const token = v.name === 'post-sts-header-after' ? undefined : v.sessionToken;
  const credentials = { accessKeyId: SIGV4_CONTEXT.accessKeyId, secretAccessKey: SIGV4_CONTEXT.secretAccessKey, sessionToken: token };
  const request = { method: v.method, url: urlOf(v.target), headers: headersOf(v), body: v.body || undefined };
  const context = { region: SIGV4_CONTEXT.region, service: SIGV4_CONTEXT.service, date: SIGV4_CONTEXT.date, doubleEncodePath: false };
  return { request, credentials, context };
}
