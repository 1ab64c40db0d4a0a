import { type Bag } from './data.js';
import { type StructureSchema } from './schema.js';
/** Writes `value`'s header members into `headers` and returns the body (undefined: no body). */
export declare function writeMessage(schema: StructureSchema, value: Bag, headers: Record<string, string>): string | Uint8Array | undefined;
/**
 * Reads a message into `out`. `headers` must have lower-case names (as fetch and node:http give
 * them). Throws SerdeError when a value does not have its modeled type.
 */
export declare function readMessage(schema: StructureSchema, headers: Record<string, string>, body: Uint8Array, out: Bag): Bag;
//# sourceMappingURL=message.d.ts.map