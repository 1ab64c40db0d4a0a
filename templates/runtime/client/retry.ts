/**
 * AWS's "standard" retry mode: at most 3 attempts, exponential backoff with full jitter, a
 * per-client retry quota so a failing service is not hammered, and retries only for errors that
 * can succeed on a second try (throttling, 5xx, timeouts, connection errors, a clock skew just
 * corrected). Time and randomness
 * are injected so tests can check every bound deterministically.
 */

/** setTimeout's longest delay (2^31-1 ms): a longer one fires at once instead. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export type RetryKind = 'throttling' | 'transient' | 'timeout';

export const RETRY_DEFAULTS = {
  maxAttempts: 3,
  /** Base delays: throttling backs off harder than other transient errors. */
  baseDelayMs: 100,
  throttlingBaseDelayMs: 500,
  maxDelayMs: 20_000,
  quota: 500,
  retryCost: 5,
  timeoutRetryCost: 10,
  /** A success without retries refills the quota by this much. */
  noRetryIncrement: 1,
};

/** Delay before retry number `retry` (1 for the first retry): uniform in [0, min(max, base·2^retry)). */
export function backoffDelay(retry: number, kind: RetryKind, random: () => number): number {
  const base = kind === 'throttling' ? RETRY_DEFAULTS.throttlingBaseDelayMs : RETRY_DEFAULTS.baseDelayMs;
  return Math.floor(random() * Math.min(RETRY_DEFAULTS.maxDelayMs, base * 2 ** retry));
}

/** The token bucket shared by every call of one client. */
export class RetryQuota {
  private capacity = RETRY_DEFAULTS.quota;

  get available(): number {
    return this.capacity;
  }

  /** Takes the cost of one retry; false (and nothing taken) when the bucket cannot pay it. */
  acquire(kind: RetryKind): number | undefined {
    const cost = kind === 'timeout' ? RETRY_DEFAULTS.timeoutRetryCost : RETRY_DEFAULTS.retryCost;
    if (this.capacity < cost) return undefined;
    this.capacity -= cost;
    return cost;
  }

  /** After a success: give back what its retries took, or the small increment if it needed none. */
  release(spent: number | undefined): void {
    this.capacity = Math.min(RETRY_DEFAULTS.quota, this.capacity + (spent ?? RETRY_DEFAULTS.noRetryIncrement));
  }
}

/** Error codes AWS services use for throttling, whatever their modeled status. */
const THROTTLING_CODES = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException',
  'ProvisionedThroughputExceededException', 'TransactionInProgressException', 'RequestLimitExceeded',
  'BandwidthLimitExceeded', 'LimitExceededException', 'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete',
  'EC2ThrottledException',
]);
const TRANSIENT_CODES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Error codes AWS services use when a signature's time is too far off theirs. */
const CLOCK_SKEW_CODES = new Set(['AuthFailure', 'InvalidSignatureException', 'RequestExpired', 'RequestInTheFuture', 'RequestTimeTooSkewed', 'SignatureDoesNotMatch']);
const TRANSIENT_STATUS = new Set([500, 502, 503, 504]);

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
export function classifyFailure(f: AttemptFailure): RetryKind | undefined {
  if (f.timeout) return 'timeout';
  if (f.connection) return 'transient';
  if (f.throttling || (f.code !== undefined && THROTTLING_CODES.has(f.code)) || f.status === 429) return 'throttling';
  if (f.retryable) return 'transient';
  // Refused for a skew the client has just corrected: signed again with the right time, it can pass.
  if (f.clockSkewCorrected && f.code !== undefined && CLOCK_SKEW_CODES.has(f.code)) return 'transient';
  if (f.modeled && f.fault === 'client') return undefined;
  if ((f.code !== undefined && TRANSIENT_CODES.has(f.code)) || (f.status !== undefined && TRANSIENT_STATUS.has(f.status))) return 'transient';
  return undefined;
}

/** `setTimeout` that an AbortSignal cuts short (rejecting with the signal's reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
