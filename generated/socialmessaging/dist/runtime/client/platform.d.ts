import { type Transport } from './transport.js';
export { nodeBuiltin } from './builtin.js';
/** `node:http` where the runtime has it, else the global `fetch`. */
export declare function defaultTransport(): Transport;
//# sourceMappingURL=platform.d.ts.map