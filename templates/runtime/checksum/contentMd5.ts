/**
 * `Content-MD5` for operations with Smithy's `httpChecksumRequired` trait: the base64 MD5 of the
 * body as sent (after compression), unless the caller set the header. MD5 comes from `node:crypto`
 * where the runtime has it (and allows it: a FIPS build refuses MD5), else from @noble/hashes,
 * since Web Crypto has no MD5. @noble/hashes is audited, has no dependencies and is widely used;
 * its MD5 adds about 4.4 kB minified (2.1 kB gzipped) to a bundle, and only to the operations that
 * need it, since this area is copied into a package only when one of its operations has the trait.
 */
import { md5 } from '@noble/hashes/legacy.js';
import { nodeBuiltin } from '../client/platform.js';
import { toBase64, utf8 } from '../protocol/base64.js';
import type { HttpRequestParts } from '../protocol/http.js';
import { findHeader } from '../protocol/http.js';

interface NodeCrypto {
  createHash(algorithm: 'md5'): { update(data: string | Uint8Array): { digest(): Uint8Array } };
}

function digest(body: Uint8Array): Uint8Array {
  const n = nodeBuiltin<NodeCrypto>('node:crypto');
  if (n) {
    try {
      return n.createHash('md5').update(body).digest();
    } catch {
      // MD5 disabled (FIPS): the portable implementation gives the same bytes.
    }
  }
  return md5(body);
}

/** The request step of an operation that requires a checksum. */
export function contentMd5(request: HttpRequestParts): void {
  if (findHeader(request.headers, 'content-md5') !== undefined) return;
  const body = typeof request.body === 'string' ? utf8(request.body) : (request.body ?? new Uint8Array(0));
  request.headers['content-md5'] = toBase64(digest(body));
}
