/**
 * platform.ts for browser bundles (the package's `browser` field points here): no Node modules,
 * `fetch` and Web Crypto only. It must export what platform.ts exports.
 */
import { fetchTransport } from './transport.js';
export { signRequest } from './signer.js';
export function nodeBuiltin(_id) {
    return undefined;
}
export function defaultTransport() {
    return fetchTransport(fetch);
}
//# sourceMappingURL=platform.browser.js.map