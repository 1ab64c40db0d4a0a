import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string's UTF-8 bytes (or of raw bytes): the identity of a file's contents. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * One hash over many named parts. Each part is length-prefixed so that moving bytes from one part
 * into its neighbour can never produce the same hash.
 */
export function hashParts(parts: Iterable<readonly [name: string, contents: string | Uint8Array]>): string {
  const hash = createHash('sha256');
  for (const [name, contents] of parts) {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    hash.update(`${Buffer.byteLength(name)}:${name}:${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
