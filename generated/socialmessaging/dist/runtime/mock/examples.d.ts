import { type Bag } from '../protocol/data.js';
import { type SchemaRef } from '../protocol/schema.js';
export declare function exampleValue(ref: SchemaRef, value: unknown): unknown;
/** An example of the model as the mock keeps it: in model form, converted when it is answered. */
export interface MockExample {
    input: Bag;
    output?: Bag;
    /** A modeled error the example shows: its shape name and members. */
    error?: {
        shape: string;
        content: Bag;
    };
}
/** An example with its input converted once to the values requests parse to, ready to compare. */
export interface MatchableExample {
    example: MockExample;
    input: Bag;
}
export declare function matchableExamples(examples: readonly MockExample[], inputSchema: SchemaRef): MatchableExample[];
/**
 * The example a request stands for: one whose every input member has the request's value. The
 * request may carry more (an idempotency token the client filled in, members left at defaults);
 * among several matches the most specific one (most members) wins, then the first in the model.
 */
export declare function exampleFor<T extends MatchableExample>(examples: readonly T[], input: Bag): T | undefined;
/** Deep equality of values as the protocol parses them: timestamps by instant, blobs by bytes. */
export declare function sameValue(a: unknown, b: unknown): boolean;
//# sourceMappingURL=examples.d.ts.map