/**
 * AWS's "standard" retry mode: at most 3 attempts, exponential backoff with full jitter, a
 * per-client retry quota so a failing service is not hammered, and retries only for errors that
 * can succeed on a second try (throttling, 5xx, timeouts, connection errors, a clock skew just
 * corrected). Time and randomness
 * are injected so tests can check every bound deterministically.
 */
/** setTimeout's longest delay (2^31-1 ms): a longer one fires at once instead. */
export declare const MAX_TIMER_MS: number;
export type RetryKind = 'throttling' | 'transient' | 'timeout';
export declare const RETRY_DEFAULTS: {
    maxAttempts: number;
    /** Base delays: throttling backs off harder than other transient errors. */
    baseDelayMs: number;
    throttlingBaseDelayMs: number;
    maxDelayMs: number;
    quota: number;
    retryCost: number;
    timeoutRetryCost: number;
    /** A success without retries refills the quota by this much. */
    noRetryIncrement: number;
};
/** Delay before retry number `retry` (1 for the first retry): uniform in [0, min(max, base·2^retry)). */
export declare function backoffDelay(retry: number, kind: RetryKind, random: () => number): number;
/** The token bucket shared by every call of one client. */
export declare class RetryQuota {
    private capacity;
    get available(): number;
    /** Takes the cost of one retry; false (and nothing taken) when the bucket cannot pay it. */
    acquire(kind: RetryKind): number | undefined;
    /** After a success: give back what its retries took, or the small increment if it needed none. */
    release(spent: number | undefined): void;
}
/** What the retry logic needs to know about a failed attempt. */
export interface AttemptFailure {
    /** The error came from the network layer (connection refused, reset, DNS). */
    connection?: boolean;
    timeout?: boolean;
    /** The error is one the model declares for the operation. */
    modeled?: boolean;
    code?: string;
    status?: number;
    fault?: 'client' | 'server';
    /** The model's `retryable` / `throttling` traits. */
    retryable?: boolean;
    throttling?: boolean;
    /** The response showed the client's clock too far off, and the client has corrected it (clock.ts). */
    clockSkewCorrected?: boolean;
}
/**
 * Undefined means: do not retry. A modeled client error (bad input, missing resource, denied
 * access) would fail again, so it never retries, unless its model marks it retryable, which is how
 * throttling errors are modeled.
 */
export declare function classifyFailure(f: AttemptFailure): RetryKind | undefined;
/** `setTimeout` that an AbortSignal cuts short (rejecting with the signal's reason). */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
//# sourceMappingURL=retry.d.ts.map