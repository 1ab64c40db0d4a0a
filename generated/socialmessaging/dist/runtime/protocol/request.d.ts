/**
 * Requests as the mock server reads them: it matches a request to an operation's URI template and
 * parses it back into an input. (The client writes requests with generated code, see serialize.ts.)
 */
import { type Bag } from './data.js';
import { type OperationSchema } from './schema.js';
/** A compiled URI template: literal segments, labels, an optional greedy tail, required query pairs. */
export interface Route {
    segments: {
        literal?: string;
        label?: string;
        greedy?: boolean;
    }[];
    query: [string, string | undefined][];
    /** More literal parts win when two templates match the same request. */
    specificity: number;
}
/** Compiled by splitting, never into a RegExp: a template is model text and may hold regex syntax. */
export declare function compileRoute(uri: string): Route;
/**
 * A request target split into its path, exactly as sent, and its query. Routing must see the path
 * as the client wrote it: URL parsing would resolve `..` and `%2e%2e`, fold `//` and turn `\` into
 * `/`, letting a path that names no route reach one. An absolute-form target
 * (`http://host/path`, which HTTP/1.1 servers must accept) loses its scheme and authority.
 */
export declare function splitTarget(target: string): {
    path: string;
    query: URLSearchParams;
};
/** Label values (decoded) when `path` matches, else undefined. */
export declare function matchRoute(route: Route, path: string, query: URLSearchParams): Record<string, string> | undefined;
/** The mock server's side: a matched request back into the operation's input. */
export declare function parseRequest(op: OperationSchema, labels: Record<string, string>, query: URLSearchParams, headers: Record<string, string>, body: Uint8Array): Bag;
//# sourceMappingURL=request.d.ts.map