/**
 * The restJson1 client every generated client extends. One call: fill in idempotency tokens, validate
 * the input, serialise it once with the operation's generated code, then per attempt run
 * the hook, sign, send with a timeout, read the body under a size limit, and read the output with
 * the generated code or map the error. Retries follow AWS's standard mode. It runs in browsers
 * (`fetch`, aws4fetch over Web Crypto) and on Node (`node:http`, aws4 over `node:crypto`):
 * platform.ts chooses, and browser bundles get platform.browser.ts instead.
 */
import { type Bag } from '../protocol/data.js';
import { type HttpRequestParts } from '../protocol/http.js';
import type { ErrorInfo, OperationSchema } from '../protocol/schema.js';
import { type CredentialProvider, type Credentials } from './credentials.js';
import { type ExceptionInit, type ResponseMetadata, ServiceException, type ValidationIssue } from './exceptions.js';
import { type Sensitivity } from './redact.js';
import type { HostPrefix } from './host.js';
/** A generated exception class: its wire identity, and how its members are read from a response. */
export interface ErrorClass {
    /** `members`: the class's own member type, which the runtime, holding any class, cannot name. */
    new (members: never, metadata?: ResponseMetadata): ServiceException;
    readonly info: ErrorInfo;
    /** The modeled members of an error response (`headers` with lower-case names); throws SerdeError. */
    deserialize(headers: Record<string, string>, body: Uint8Array): Bag;
}
/**
 * What a generated operation file hands to `send`: code generated from the model's HTTP bindings
 * that writes the request and reads the response, the errors and the validators.
 */
export interface OperationDefinition<Input, Output> {
    name: string;
    errors: readonly ErrorClass[];
    /**
     * The input as an HTTP request. It trusts what `validateInput` checked (a value of the wrong type
     * may be sent as it is), so the input must have passed it first, as in `send`. Throws SerdeError
     * for what only it can see.
     */
    serialize(input: Input): HttpRequestParts;
    /**
     * Input members that are idempotency tokens: `send` fills in a fresh token for each one the caller
     * left out, before validating (a token the model calls required may still be left out).
     */
    idempotencyTokens?: readonly string[];
    /** A successful response's output (`headers` with lower-case names); throws SerdeError. */
    deserialize(status: number, headers: Record<string, string>, body: Uint8Array): Bag;
    /** Runs before `serialize`, always: the generated serializers rely on it. */
    validateInput: (value: unknown) => ValidationIssue[];
    /** Run with `validateResponses`; a definition without it cannot be sent with that option on. */
    validateOutput?: (value: unknown) => ValidationIssue[];
    /** Where the input and output hold sensitive values, which validation messages must not quote. */
    redactInput?: Sensitivity;
    redactOutput?: Sensitivity;
    /** Puts the operation's prefix in front of the endpoint's host (Smithy's `endpoint` trait); see host.ts. */
    hostPrefix?: HostPrefix;
    /** Run in order on the serialised request, once before the first attempt (compression, then checksum). */
    prepare?: readonly RequestStep[];
    /**
     * The operation's HTTP binding and serde schemas as data, for the mock server and tools; the
     * client never reads it. Only the exported `<Operation>Operation` definitions carry it.
     */
    schema?: OperationSchema;
    /** Never set: carries the input and output types to `send`. */
    readonly $types?: {
        input: Input;
        output: Output;
    };
}
/**
 * `op` with what only the exported definition carries: the output validator (and where the output
 * is sensitive) and the wire schema. Generated code calls it as a pure call, so a bundle of
 * standalone operation functions drops all of it.
 */
export declare function completeDefinition<Input, Output>(op: OperationDefinition<Input, Output>, extra: Pick<OperationDefinition<Input, Output>, 'validateOutput' | 'redactOutput' | 'schema'>): OperationDefinition<Input, Output>;
export interface ServiceDefinition {
    /** SigV4 signing name. */
    signingName: string;
    /** Endpoint template; `{region}` is replaced by the configured region. */
    endpoint: string;
    /** Thrown for errors the model does not declare (and malformed responses). */
    baseException: new (init: ExceptionInit) => ServiceException;
}
/** Rewrites a serialised request's headers and body, such as compressing it or adding a checksum. */
export type RequestStep = (request: HttpRequestParts, config: Readonly<ClientConfig>) => void | Promise<void>;
/** The request a hook sees before it is signed; a hook may change any part of it. */
export interface OutgoingRequest {
    operation: string;
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string | Uint8Array;
}
/**
 * Observes or changes every attempt: call `next` (which signs and sends) and return its response,
 * or a response of your own.
 */
export type RequestHook = (request: OutgoingRequest, next: (request: OutgoingRequest) => Promise<Response>) => Promise<Response>;
export interface ClientConfig {
    /** AWS region; defaults to `AWS_REGION` (or `AWS_DEFAULT_REGION`) from the environment. */
    region?: string;
    /** Full endpoint URL, replacing the service's (a mock server, a VPC endpoint, a proxy). */
    endpoint?: string;
    /** Static keys or an AWS SDK v3-style provider; defaults to the `AWS_*` environment variables. */
    credentials?: Credentials | CredentialProvider;
    /** Sends requests through this `fetch`. By default: `node:http` with keep-alive on Node, else the global `fetch`. */
    fetch?: typeof fetch;
    /** Time limit of one attempt, response body included. Default 30 s; 0 turns it off. */
    timeoutMs?: number;
    /** Attempts per call, the first included; AWS's standard mode uses 3. */
    maxAttempts?: number;
    hook?: RequestHook;
    /**
     * Check outputs with the generated validators too (off by default: it costs time per call). The
     * client's methods can; standalone operation functions leave output validators out of bundles
     * and refuse this option (call `client.send(<Operation>Operation, input)` instead).
     */
    validateResponses?: boolean;
    /** Responses larger than this fail with `ResponseTooLargeError`. Default 32 MiB. */
    maxResponseBytes?: number;
    /** Send to the endpoint's host as it is, without the host prefix some operations put in front of it. */
    disableHostPrefix?: boolean;
    /** Never compress request bodies; defaults to `AWS_DISABLE_REQUEST_COMPRESSION=true` in the environment. */
    disableRequestCompression?: boolean;
    /** Smallest body compressed, for operations that accept compression: 0 to 10485760, default `DEFAULT_MIN_BYTES` (compression.ts). */
    requestMinCompressionSizeBytes?: number;
    /** Source of idempotency tokens; defaults to `crypto.randomUUID`. */
    idempotencyToken?: () => string;
    /** Injected time and randomness, for tests of retries and signing. */
    now?: () => number;
    random?: () => number;
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
export interface CallOptions {
    signal?: AbortSignal;
    /** Overrides the client's `timeoutMs` for this call. */
    timeoutMs?: number;
}
export declare class RestJsonClient {
    readonly config: Readonly<ClientConfig>;
    private readonly service;
    private readonly credentials;
    private readonly quota;
    private readonly signingKeys;
    private readonly transport;
    private readonly idempotencyToken;
    /** What to add to this machine's clock to get AWS's, learnt from responses (clock.ts). */
    private clockOffsetMs;
    constructor(service: ServiceDefinition, config?: ClientConfig);
    send<Input, Output>(op: OperationDefinition<Input, Output>, input: Input, options?: CallOptions): Promise<Output>;
    /** Learns the clock's offset from a response's `Date` when it is too far off; true if it was. */
    private correctClock;
    private endpoint;
    private region;
    private attempt;
    private handleResponse;
}
//# sourceMappingURL=client.d.ts.map