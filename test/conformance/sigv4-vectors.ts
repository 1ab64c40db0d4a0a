/**
 * Reads AWS's SigV4 test suite (`../shared/conformance/sigv4/`): every case folder holds the raw
 * request (`.req`) and the expected canonical request, string to sign and authorization header.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIGV4_DIR = fileURLToPath(new URL('../../../shared/conformance/sigv4/', import.meta.url));

/** The suite's fixed signing context. */
export const SIGV4_CONTEXT = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 'service',
  datetime: '20150830T123600Z',
  date: new Date(Date.UTC(2015, 7, 30, 12, 36, 0)),
};

export interface SigV4Vector {
  name: string;
  method: string;
  /** Path and query as written in the request line (not yet encoded). */
  target: string;
  /** Header lines in order, names as written; duplicates kept. */
  headers: [string, string][];
  body: string;
  /** The session token the signed request (`.sreq`) carries, when the case is about one. */
  sessionToken?: string;
  creq: string;
  sts: string;
  authz: string;
}

/** `.req` is an HTTP/1.1 message; continuation lines (leading whitespace) belong to the header above. */
function parseRequest(text: string): Pick<SigV4Vector, 'method' | 'target' | 'headers' | 'body'> {
  const [head, ...rest] = text.split('\n\n');
  const lines = head.split('\n');
  const requestLine = lines[0].replace(/ HTTP\/1\.1$/, '');
  const space = requestLine.indexOf(' ');
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    if (/^\s/.test(line) && headers.length > 0) headers[headers.length - 1][1] += `\n${line}`;
    else {
      const colon = line.indexOf(':');
      headers.push([line.slice(0, colon), line.slice(colon + 1)]);
    }
  }
  return { method: requestLine.slice(0, space), target: requestLine.slice(space + 1), headers, body: rest.join('\n\n') };
}

export function loadSigV4Vectors(dir = SIGV4_DIR): SigV4Vector[] {
  const vectors: SigV4Vector[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) continue;
    const req = join(path, `${entry}.req`);
    try {
      statSync(req);
    } catch {
      vectors.push(...loadSigV4Vectors(path));
      continue;
    }
    const read = (ext: string) => readFileSync(join(path, `${entry}.${ext}`), 'utf8');
    const signed = parseRequest(read('sreq'));
    const token = signed.headers.find(([name]) => name.toLowerCase() === 'x-amz-security-token')?.[1];
    vectors.push({ name: entry, ...parseRequest(read('req')), sessionToken: token, creq: read('creq'), sts: read('sts'), authz: read('authz') });
  }
  return vectors;
}
