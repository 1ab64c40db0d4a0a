/**
 * platform.ts for browser bundles (the package's `browser` field points here): no Node modules,
 * `fetch` and Web Crypto only. It must export what platform.ts exports.
 */
import { fetchTransport, type Transport } from './transport.js';

export { signRequest } from './signer.js';

export function nodeBuiltin<T>(_id: string): T | undefined {
  return undefined;
}

export function defaultTransport(): Transport {
  return fetchTransport(fetch);
}
