/**
 * The restJson1 client every generated client extends. One call: fill in idempotency tokens, validate
 * the input, serialise it once with the operation's generated code, then per attempt run
 * the hook, sign, send with a timeout, read the body under a size limit, and read the output with
 * the generated code or map the error. Retries follow AWS's standard mode. It runs in browsers
 * (`fetch`, aws4fetch over Web Crypto) and on Node (`node:http`, aws4 over `node:crypto`):
 * platform.ts chooses, and browser bundles get platform.browser.ts instead.
 */
import { getOwn, SerdeError, setOwn } from '../protocol/data.js';
import { readErrorCode } from '../protocol/errors.js';
import { DNS_LABEL } from '../protocol/http.js';
import { correctedClockOffset } from './clock.js';
import { regionalEndpoint } from './partition.js';
import { cachedCredentials, environment } from './credentials.js';
import { InputValidationError, messageOf, NetworkError, ServiceException, TimeoutError, } from './exceptions.js';
import { redactIssues } from './redact.js';
import { backoffDelay, classifyFailure, MAX_TIMER_MS, RETRY_DEFAULTS, RetryQuota, sleep } from './retry.js';
import { defaultTransport, signRequest } from './platform.js';
import { fetchTransport, headersOf, readResponse, toResponse } from './transport.js';
/**
 * `op` with what only the exported definition carries: the output validator (and where the output
 * is sensitive) and the wire schema. Generated code calls it as a pure call, so a bundle of
 * standalone operation functions drops all of it.
 */
export function completeDefinition(op, extra) {
    return { ...op, ...extra };
}
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
export class RestJsonClient {
    config;
    service;
    credentials;
    quota = new RetryQuota();
    signingKeys = new Map();
    transport;
    idempotencyToken;
    /** What to add to this machine's clock to get AWS's, learnt from responses (clock.ts). */
    clockOffsetMs = 0;
    constructor(service, config = {}) {
        this.service = service;
        this.config = { ...config };
        this.credentials = cachedCredentials(config.credentials, config.now ?? Date.now);
        this.transport = config.fetch ? fetchTransport(config.fetch) : defaultTransport();
        this.idempotencyToken = config.idempotencyToken ?? (() => crypto.randomUUID());
    }
    async send(op, input, options = {}) {
        if (this.config.validateResponses && !op.validateOutput) {
            throw new Error(`validateResponses: ${op.name} was sent without its output validator (standalone operation functions leave it out of bundles); call the client's method, or send(${op.name}Operation, input)`);
        }
        // Tokens are filled in once, before the first attempt, so every retry carries the same one.
        const value = withIdempotencyTokens((input ?? {}), op.idempotencyTokens, this.idempotencyToken);
        const issues = op.validateInput(value);
        if (issues.length > 0)
            throw new InputValidationError(op.name, redactIssues(op.redactInput, issues));
        let parts;
        try {
            parts = op.serialize(value);
        }
        catch (e) {
            if (e instanceof SerdeError)
                throw new InputValidationError(op.name, [{ path: '', constraint: 'type', message: e.message }]);
            throw e;
        }
        // Host labels are checked before the body is compressed or hashed for nothing.
        const endpoint = op.hostPrefix && !this.config.disableHostPrefix ? op.hostPrefix(this.endpoint(), op.name, value) : this.endpoint();
        for (const step of op.prepare ?? [])
            await step(parts, this.config);
        const url = endpoint + parts.path + (parts.query ? `?${parts.query}` : '');
        const maxAttempts = Math.max(1, this.config.maxAttempts ?? RETRY_DEFAULTS.maxAttempts);
        let lastRetryCost;
        for (let attempt = 1;; attempt++) {
            let failure;
            let clockSkewCorrected = false;
            try {
                const raw = await this.attempt(op, parts, url, options);
                clockSkewCorrected = this.correctClock(raw.headers.date);
                const output = this.handleResponse(op, raw, attempt);
                this.quota.release(lastRetryCost);
                return output;
            }
            catch (e) {
                if (options.signal?.aborted)
                    throw options.signal.reason ?? e;
                failure = e;
            }
            const kind = classifyFailure({ ...describeFailure(op, failure), clockSkewCorrected });
            const cost = kind && attempt < maxAttempts ? this.quota.acquire(kind) : undefined;
            if (kind === undefined || cost === undefined)
                throw failure;
            lastRetryCost = cost;
            await (this.config.sleep ?? sleep)(backoffDelay(attempt, kind, this.config.random ?? Math.random), options.signal);
        }
    }
    /** Learns the clock's offset from a response's `Date` when it is too far off; true if it was. */
    correctClock(dateHeader) {
        const offset = correctedClockOffset(dateHeader, (this.config.now ?? Date.now)(), this.clockOffsetMs);
        if (offset === undefined)
            return false;
        this.clockOffsetMs = offset;
        return true;
    }
    endpoint() {
        const endpoint = this.config.endpoint ?? regionalEndpoint(this.service.endpoint, this.region());
        return endpoint.replace(/\/+$/, '');
    }
    region() {
        const env = environment();
        const region = this.config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
        if (!region)
            throw new Error('no region: pass `region` to the client or set AWS_REGION');
        // The region becomes part of the host name: anything but a DNS label could redirect the request.
        if (!DNS_LABEL.test(region))
            throw new Error(`not a region name: ${JSON.stringify(region)}`);
        return region;
    }
    async attempt(op, parts, url, options) {
        if (options.signal?.aborted)
            throw options.signal.reason;
        const controller = new AbortController();
        const timeoutMs = options.timeoutMs ?? this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        // Timers hold at most 2^31-1 ms (longer ones fire at once): beyond that, or Infinity, is no limit.
        const timer = timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS ? setTimeout(() => controller.abort(new TimeoutError(`${op.name} took longer than ${timeoutMs} ms`)), timeoutMs) : undefined;
        const onAbort = () => controller.abort(options.signal?.reason);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        // Whatever fetch or the body stream rejects with, the reason we aborted for is the real cause.
        const failed = (e) => {
            if (controller.signal.aborted)
                throw controller.signal.reason;
            throw new NetworkError(`${op.name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        };
        const maxBytes = this.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
        // The limit and the caller's signal cover the whole attempt: a credential provider, a hook or
        // the body of a Response a hook made may never settle by themselves.
        let stopWaiting = () => { };
        const aborted = new Promise((_, reject) => {
            const onAttemptAbort = () => reject(controller.signal.reason);
            controller.signal.addEventListener('abort', onAttemptAbort, { once: true });
            stopWaiting = () => controller.signal.removeEventListener('abort', onAttemptAbort);
        });
        const exchange = async () => {
            const send = async (request) => {
                const credentials = await this.credentials();
                // One key per day, region and credentials; rotated credentials must not pile up. (Only
                // aws4fetch, the browser signer, reads this cache; aws4 on Node bounds its own.)
                if (this.signingKeys.size > 8)
                    this.signingKeys.clear();
                const headers = await signRequest(request, credentials, {
                    region: this.region(),
                    service: this.service.signingName,
                    date: new Date((this.config.now ?? Date.now)() + this.clockOffsetMs),
                    keyCache: this.signingKeys,
                });
                return this.transport({ method: request.method, url: request.url, headers, body: request.body }, controller.signal, maxBytes).catch(failed);
            };
            const request = { operation: op.name, method: parts.method, url, headers: { ...parts.headers }, body: parts.body };
            const hook = this.config.hook;
            if (!hook)
                return await send(request);
            // A hook sees and returns Responses; the wire response becomes one only for it. When the hook
            // returns the one `next` gave it, its body is the bytes already read (even if the hook read
            // it too, to log it); its status and headers are taken from it, as a hook may change headers.
            const handedOut = new Map();
            const returned = await hook(request, async (r) => {
                const wire = await send(r);
                const response = toResponse(wire);
                handedOut.set(response, wire);
                return response;
            });
            const wire = handedOut.get(returned);
            if (wire)
                return { status: returned.status, headers: headersOf(returned), body: wire.body };
            return await readResponse(returned, maxBytes, controller.signal).catch(failed);
        };
        try {
            return await Promise.race([exchange(), aborted]);
        }
        finally {
            clearTimeout(timer);
            stopWaiting();
            options.signal?.removeEventListener('abort', onAbort);
        }
    }
    handleResponse(op, raw, attempt) {
        const $metadata = { httpStatusCode: raw.status, requestId: requestIdOf(raw.headers), attempts: attempt };
        const fail = (name, message, $fault = 'server') => new this.service.baseException({ name, message, $fault, $metadata });
        if (raw.body === undefined)
            throw fail('ResponseTooLargeError', `the ${op.name} response is larger than the client's maxResponseBytes`);
        if (raw.status >= 200 && raw.status < 300) {
            let output;
            try {
                output = op.deserialize(raw.status, raw.headers, raw.body);
            }
            catch (e) {
                // RangeError: a recursive shape nested deeper than the stack allows.
                if (e instanceof SerdeError || e instanceof RangeError)
                    throw fail('ResponseParseError', `the ${op.name} response is malformed: ${e.message}`);
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
            let members = {};
            try {
                members = errorClass.deserialize(raw.headers, json ? raw.body : new Uint8Array(0));
            }
            catch (e) {
                // A modeled error whose members are malformed is still that error.
                if (!(e instanceof SerdeError))
                    throw e;
            }
            // What `deserialize` read is what the class's constructor takes. A message the body carries
            // under a name the model does not give (`Message` for a modeled `message`) is still its message.
            const error = new errorClass(members, $metadata);
            if (message !== undefined && messageOf(members) === undefined)
                error.message = message;
            throw error;
        }
        throw fail(code || `Http${raw.status}Error`, message ?? `${op.name} failed with HTTP status ${raw.status}`, raw.status >= 500 ? 'server' : 'client');
    }
}
/** `input`, or a copy of it with a fresh token in each token member the caller left out. */
function withIdempotencyTokens(input, members, token) {
    const missing = members?.filter((name) => getOwn(input, name) === undefined || getOwn(input, name) === null) ?? [];
    if (missing.length === 0)
        return input;
    const filled = { ...input };
    for (const name of missing)
        setOwn(filled, name, token());
    return filled;
}
function describeFailure(op, error) {
    if (error instanceof TimeoutError)
        return { timeout: true };
    if (error instanceof NetworkError)
        return { connection: true };
    if (!(error instanceof ServiceException))
        return {};
    return {
        modeled: op.errors.some((e) => error instanceof e),
        code: error.name,
        status: error.$metadata.httpStatusCode,
        fault: error.$fault,
        retryable: error.$retryable !== undefined,
        throttling: error.$retryable?.throttling,
    };
}
function requestIdOf(headers) {
    return headers['x-amzn-requestid'] ?? headers['x-amz-request-id'] ?? headers['x-amz-requestid'];
}
//# sourceMappingURL=client.js.map