/**
 * What differs between runtimes, in one module. This is the version for Node, Deno and Bun (and
 * any runtime, as it checks what it finds); the package's `browser` field swaps in
 * platform.browser.ts for browser bundles, which then carry none of the Node-only code.
 *
 * Node's built-in modules (`node:http`, `node:zlib`, `node:crypto`) are reached through
 * `process.getBuiltinModule` (builtin.ts) rather than an import, so even this version resolves
 * nothing of Node's in a bundle.
 */
import { nodeTransport } from './nodeTransport.js';
import { fetchTransport, type Transport } from './transport.js';

export { nodeBuiltin } from './builtin.js';

/** `node:http` where the runtime has it, else the global `fetch`. */
export function defaultTransport(): Transport {
  return nodeTransport() ?? fetchTransport(fetch);
}
