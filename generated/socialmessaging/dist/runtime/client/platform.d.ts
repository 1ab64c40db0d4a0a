/**
 * What differs between runtimes, in one module. This is the version for Node, Deno and Bun (and
 * any runtime, as it checks what it finds); the package's `browser` field swaps in
 * platform.browser.ts for browser bundles, which then carry none of the Node-only code.
 *
 * Node's built-in modules (`node:http`, `node:zlib`, `node:crypto`) are reached through
 * `process.getBuiltinModule` (builtin.ts) rather than an import; the one exception is the aws4
 * signer (nodeSigner.ts), which requires Node's `crypto` itself, and is why browsers get their own
 * version of this module.
 */
import { nodeBuiltin } from './builtin.js';
import { signRequest as webSignRequest } from './signer.js';
import { type Transport } from './transport.js';
export { nodeBuiltin };
/** aws4 over `node:crypto` where the runtime has it, else aws4fetch over Web Crypto. */
export declare const signRequest: typeof webSignRequest;
/** `node:http` where the runtime has it, else the global `fetch`. */
export declare function defaultTransport(): Transport;
//# sourceMappingURL=platform.d.ts.map