/**
 * The mock server runtime (node:http, no framework): routes by method and URI template, parses the
 * request with the same protocol runtime the client uses, validates it with the generated
 * validators, calls the user's handler (or answers the model's example), and writes outputs and
 * errors the way the real service does. Abusive input gets a prompt 4xx (see limits.ts); nothing a
 * client sends can crash it.
 */
import { type Server } from 'node:http';
import type { OperationDefinition } from '../client/client.js';
import { type MockExample } from './examples.js';
import { type MockLimits } from './limits.js';
export type { MockLimits };
/** What a handler learns about the request besides its input. */
export interface MockContext {
    operation: string;
    requestId: string;
    headers: Record<string, string | string[] | undefined>;
}
export type MockHandler = (input: never, context: MockContext) => unknown;
export interface MockOperation {
    definition: OperationDefinition<unknown, unknown>;
    /** The model's examples of the operation, in model form (see examples.ts). */
    examples?: readonly MockExample[];
}
export interface MockOptions {
    /**
     * Handlers by operation name. An operation without one answers from the model's examples: the
     * example whose input the request matches (its output, or its modeled error), else the first
     * example output, else an empty output.
     */
    handlers?: Record<string, MockHandler | undefined>;
    /** Limits on untrusted input (see MockLimits); a field left out or undefined keeps its default. */
    limits?: Partial<MockLimits>;
    /** Check every output with the generated validators before sending it (a handler bug is a 500). */
    validateResponses?: boolean;
}
export interface MockServer {
    server: Server;
    /** Listens on loopback; resolves to the base URL. Port 0 picks a free port. */
    listen(port?: number, host?: string): Promise<string>;
    close(): Promise<void>;
}
export declare function startMockServer(operations: MockOperation[], options?: MockOptions): MockServer;
//# sourceMappingURL=server.d.ts.map