/**
 * The restJson1 client every generated client extends. One call: fill in idempotency tokens, validate
 * the input, serialise it once with the operation's generated code, then per attempt run
 * the hook, sign, send with a timeout, read the body under a size limit, and read the output with
 * the generated code or map the error. Retries follow AWS's standard mode. It runs in browsers
 * (`fetch`, aws4fetch over Web Crypto) and on Node (`node:http`, aws4 over `node:crypto`):
 * platform.ts chooses, and browser bundles get platform.browser.ts instead.
 */
import { type Bag, getOwn, SerdeError, setOwn } from '../protocol/data.js';
import { readErrorCode } from '../protocol/errors.js';
import { DNS_LABEL, type HttpRequestParts } from '../protocol/http.js';
import type { ErrorInfo, OperationSchema } from '../protocol/schema.js';
import { correctedClockOffset } from './clock.js';
import { regionalEndpoint } from './partition.js';
import { cachedCredentials, type CredentialProvider, type Credentials, environment } from './credentials.js';
import {
  type ExceptionInit,
  InputValidationError,
  messageOf,
  NetworkError,
  type ResponseMetadata,
  ServiceException,
  TimeoutError,
  type ValidationIssue,
} from './exceptions.js';
import { redactIssues, type Sensitivity } from './redact.js';
import { type AttemptFailure, backoffDelay, classifyFailure, MAX_TIMER_MS, RETRY_DEFAULTS, RetryQuota, sleep } from './retry.js';
import type { HostPrefix } from './host.js';
import { defaultTransport, signRequest } from './platform.js';
import { fetchTransport, headersOf, readResponse, toResponse, type Transport, type WireResponse } from './transport.js';

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
  readonly $types?: { input: Input; output: Output };
}

/**
 * `op` with what only the exported definition carries: the output validator (and where the output
 * is sensitive) and the wire schema. Generated code calls it as a pure call, so a bundle of
 * standalone operation functions drops all of it.
 */
export function completeDefinition<Input, Output>(
  op: OperationDefinition<Input, Output>,
  extra: Pick<OperationDefinition<Input, Output>, 'validateOutput' | 'redactOutput' | 'schema'>,
): OperationDefinition<Input, Output> {
  return { ...op, ...extra };
}

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

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export class RestJsonClient {
  readonly config: Readonly<ClientConfig>;
  private readonly service: ServiceDefinition;
  private readonly credentials: CredentialProvider;
  private readonly quota = new RetryQuota();
  private readonly signingKeys = new Map<string, ArrayBuffer>();
  private readonly transport: Transport;
  private readonly idempotencyToken: () => string;
  /** What to add to this machine's clock to get AWS's, learnt from responses (clock.ts). */
  private clockOffsetMs = 0;

  constructor(service: ServiceDefinition, config: ClientConfig = {}) {
    this.service = service;
    this.config = { ...config };
    this.credentials = cachedCredentials(config.credentials, config.now ?? Date.now);
    this.transport = config.fetch ? fetchTransport(config.fetch) : defaultTransport();
    this.idempotencyToken = config.idempotencyToken ?? (() => crypto.randomUUID());
  }

  async send<Input, Output>(op: OperationDefinition<Input, Output>, input: Input, options: CallOptions = {}): Promise<Output> {
    if (this.config.validateResponses && !op.validateOutput) {
      throw new Error(`validateResponses: ${op.name} was sent without its output validator (standalone operation functions leave it out of bundles); call the client's method, or send(${op.name}Operation, input)`);
    }
    // Tokens are filled in once, before the first attempt, so every retry carries the same one.
    const value = withIdempotencyTokens((input ?? {}) as Bag, op.idempotencyTokens, this.idempotencyToken);
    const issues = op.validateInput(value);
    if (issues.length > 0) throw new InputValidationError(op.name, redactIssues(op.redactInput, issues));
    let parts: HttpRequestParts;
    try {
      parts = op.serialize(value as Input);
    } catch (e) {
      if (e instanceof SerdeError) throw new InputValidationError(op.name, [{ path: '', constraint: 'type', message: e.message }]);
      throw e;
    }
    // Host labels are checked before the body is compressed or hashed for nothing.
    const endpoint = op.hostPrefix && !this.config.disableHostPrefix ? op.hostPrefix(this.endpoint(), op.name, value) : this.endpoint();
    for (const step of op.prepare ?? []) await step(parts, this.config);
    const url = endpoint + parts.path + (parts.query ? `?${parts.query}` : '');
    const maxAttempts = Math.max(1, this.config.maxAttempts ?? RETRY_DEFAULTS.maxAttempts);
    let lastRetryCost: number | undefined;
    for (let attempt = 1; ; attempt++) {
      let failure: unknown;
      let clockSkewCorrected = false;
      try {
        const raw = await this.attempt(op, parts, url, options);
        clockSkewCorrected = this.correctClock(raw.headers.date);
        const output = this.handleResponse(op, raw, attempt) as Output;
        this.quota.release(lastRetryCost);
        return output;
      } catch (e) {
        if (options.signal?.aborted) throw options.signal.reason ?? e;
        failure = e;
      }
      const kind = classifyFailure({ ...describeFailure(op, failure), clockSkewCorrected });
      const cost = kind && attempt < maxAttempts ? this.quota.acquire(kind) : undefined;
      if (kind === undefined || cost === undefined) throw failure;
      lastRetryCost = cost;
      await (this.config.sleep ?? sleep)(backoffDelay(attempt, kind, this.config.random ?? Math.random), options.signal);
    }
  }

  /** Learns the clock's offset from a response's `Date` when it is too far off; true if it was. */
  private correctClock(dateHeader: string | undefined): boolean {
    const offset = correctedClockOffset(dateHeader, (this.config.now ?? Date.now)(), this.clockOffsetMs);
    if (offset === undefined) return false;
    this.clockOffsetMs = offset;
    return true;
  }

  private endpoint(): string {
    const endpoint = this.config.endpoint ?? regionalEndpoint(this.service.endpoint, this.region());
    return endpoint.replace(/\/+$/, '');
  }

  private region(): string {
    const env = environment();
    const region = this.config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (!region) throw new Error('no region: pass `region` to the client or set AWS_REGION');
    // The region becomes part of the host name: anything but a DNS label could redirect the request.
    if (!DNS_LABEL.test(region)) throw new Error(`not a region name: ${JSON.stringify(region)}`);
    return region;
  }

  private async attempt(op: OperationDefinition<unknown, unknown>, parts: HttpRequestParts, url: string, options: CallOptions): Promise<WireResponse> {
    if (options.signal?.aborted) throw options.signal.reason;
    const controller = new AbortController();
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Timers hold at most 2^31-1 ms (longer ones fire at once): beyond that, or Infinity, is no limit.
    const timer = timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS ? setTimeout(() => controller.abort(new TimeoutError(`${op.name} took longer than ${timeoutMs} ms`)), timeoutMs) : undefined;
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // Whatever fetch or the body stream rejects with, the reason we aborted for is the real cause.
    const failed = (e: unknown): never => {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw new NetworkError(`${op.name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    };
    const maxBytes = this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    // The limit and the caller's signal cover the whole attempt: a credential provider, a hook or
    // the body of a Response a hook made may never settle by themselves.
    let stopWaiting = () => {};
    const aborted = new Promise<never>((_, reject) => {
      const onAttemptAbort = () => reject(controller.signal.reason);
      controller.signal.addEventListener('abort', onAttemptAbort, { once: true });
      stopWaiting = () => controller.signal.removeEventListener('abort', onAttemptAbort);
    });
    const exchange = async (): Promise<WireResponse> => {
      const send = async (request: OutgoingRequest): Promise<WireResponse> => {
        const credentials = await this.credentials();
        // One key per day, region and credentials; rotated credentials must not pile up. (Only
        // aws4fetch, the browser signer, reads this cache; aws4 on Node bounds its own.)
        if (this.signingKeys.size > 8) this.signingKeys.clear();
        const headers = await signRequest(request, credentials, {
          region: this.region(),
          service: this.service.signingName,
          date: new Date((this.config.now ?? Date.now)() + this.clockOffsetMs),
          keyCache: this.signingKeys,
        });
        return this.transport({ method: request.method, url: request.url, headers, body: request.body }, controller.signal, maxBytes).catch(failed);
      };
      const request: OutgoingRequest = { operation: op.name, method: parts.method, url, headers: { ...parts.headers }, body: parts.body };
      const hook = this.config.hook;
      if (!hook) return await send(request);
      // A hook sees and returns Responses; the wire response becomes one only for it. When the hook
      // returns the one `next` gave it, its body is the bytes already read (even if the hook read
      // it too, to log it); its status and headers are taken from it, as a hook may change headers.
      const handedOut = new Map<Response, WireResponse>();
      const returned = await hook(request, async (r) => {
        const wire = await send(r);
        const response = toResponse(wire);
        handedOut.set(response, wire);
        return response;
      });
      const wire = handedOut.get(returned);
      if (wire) return { status: returned.status, headers: headersOf(returned), body: wire.body };
      return await readResponse(returned, maxBytes, controller.signal).catch(failed);
    };
    try {
      return await Promise.race([exchange(), aborted]);
    } finally {
      clearTimeout(timer);
      stopWaiting();
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private handleResponse(op: OperationDefinition<unknown, unknown>, raw: WireResponse, attempt: number): Bag {
    const $metadata: ResponseMetadata = { httpStatusCode: raw.status, requestId: requestIdOf(raw.headers), attempts: attempt };
    const fail = (name: string, message: string, $fault: 'client' | 'server' = 'server') =>
      new this.service.baseException({ name, message, $fault, $metadata });
    if (raw.body === undefined) throw fail('ResponseTooLargeError', `the ${op.name} response is larger than the client's maxResponseBytes`);
    if (raw.status >= 200 && raw.status < 300) {
      let output: Bag;
      try {
        output = op.deserialize(raw.status, raw.headers, raw.body);
      } catch (e) {
        // RangeError: a recursive shape nested deeper than the stack allows.
        if (e instanceof SerdeError || e instanceof RangeError) throw fail('ResponseParseError', `the ${op.name} response is malformed: ${e.message}`);
        throw e;
      }
      const issues = this.config.validateResponses ? (op.validateOutput?.(output) ?? []) : [];
      if (issues.length > 0) {
        const list = redactIssues(op.redactOutput, issues).map((i) => `${i.path || '/'}: ${i.message}`);
        throw fail('ResponseValidationError', `the ${op.name} response fails validation:\n  ${list.join('\n  ')}`);
      }
      return output;
    }
    const { code, message, json } = readErrorCode(raw.headers, raw.body);
    const errorClass = code ? op.errors.find((e) => e.info.code === code || e.info.name === code) : undefined;
    if (errorClass) {
      let members: Bag = {};
      try {
        members = errorClass.deserialize(raw.headers, json ? raw.body : new Uint8Array(0));
      } catch (e) {
        // A modeled error whose members are malformed is still that error.
        if (!(e instanceof SerdeError)) throw e;
      }
      // What `deserialize` read is what the class's constructor takes. A message the body carries
      // under a name the model does not give (`Message` for a modeled `message`) is still its message.
      const error = new errorClass(members as never, $metadata);
      if (message !== undefined && messageOf(members) === undefined) error.message = message;
      throw error;
    }
    throw fail(code || `Http${raw.status}Error`, message ?? `${op.name} failed with HTTP status ${raw.status}`, raw.status >= 500 ? 'server' : 'client');
  }
}

/** `input`, or a copy of it with a fresh token in each token member the caller left out. */
function withIdempotencyTokens(input: Bag, members: readonly string[] | undefined, token: () => string): Bag {
  const missing = members?.filter((name) => getOwn(input, name) === undefined || getOwn(input, name) === null) ?? [];
  if (missing.length === 0) return input;
  const filled = { ...input };
  for (const name of missing) setOwn(filled, name, token());
  return filled;
}

function describeFailure(op: OperationDefinition<unknown, unknown>, error: unknown): AttemptFailure {
  if (error instanceof TimeoutError) return { timeout: true };
  if (error instanceof NetworkError) return { connection: true };
  if (!(error instanceof ServiceException)) return {};
  return {
    modeled: op.errors.some((e) => error instanceof e),
    code: error.name,
    status: error.$metadata.httpStatusCode,
    fault: error.$fault,
    retryable: error.$retryable !== undefined,
    throttling: error.$retryable?.throttling,
  };
}

function requestIdOf(headers: Record<string, string>): string | undefined {
  return headers['x-amzn-requestid'] ?? headers['x-amz-request-id'] ?? headers['x-amz-requestid'];
}
