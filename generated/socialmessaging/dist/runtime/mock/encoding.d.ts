import type { OperationDefinition } from '../client/client.js';
export declare class EncodingError extends Error {
    readonly status: 400 | 413;
    constructor(status: 400 | 413, message: string);
}
/** The body as the operation's parser must see it; `headers` loses the `gzip` it decoded. */
export declare function decodeBody(definition: OperationDefinition<unknown, unknown>, headers: Record<string, string>, body: Buffer, maxBytes: number): Buffer;
//# sourceMappingURL=encoding.d.ts.map