import { type Transport } from './transport.js';
/** `node:http` as a Transport where the runtime has it (Node, Deno, Bun), else undefined. */
export declare function nodeTransport(): Transport | undefined;
//# sourceMappingURL=nodeTransport.d.ts.map