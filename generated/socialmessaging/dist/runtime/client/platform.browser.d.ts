/**
 * platform.ts for browser bundles (the package's `browser` field points here): no Node modules,
 * `fetch` and Web Crypto only. It must export what platform.ts exports.
 */
import { type Transport } from './transport.js';
export { signRequest } from './signer.js';
export declare function nodeBuiltin<T>(_id: string): T | undefined;
export declare function defaultTransport(): Transport;
//# sourceMappingURL=platform.browser.d.ts.map