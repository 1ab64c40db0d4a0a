/**
 * The error classes a call can throw. Service errors have AWS SDK v3's shape (`$fault`,
 * `$metadata.httpStatusCode`, `$metadata.requestId`, `$retryable`), so code written against the SDK
 * can handle them the same way; generated classes extend the service's base exception.
 */
import { type Bag, getOwn, setOwn } from '../protocol/data.js';
import type { ErrorInfo } from '../protocol/schema.js';
import type { ValidationIssue } from '../validation.js';

export type { ValidationIssue };

export interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  /** How many attempts the call made. */
  attempts?: number;
}

export interface ExceptionInit {
  name?: string;
  message?: string;
  $fault: 'client' | 'server';
  $metadata: ResponseMetadata;
  $retryable?: { throttling?: boolean };
  /** Modeled members, by member name. */
  members?: object;
}

export class ServiceException extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: ResponseMetadata;
  declare readonly $retryable?: { throttling?: boolean };

  constructor(init: ExceptionInit) {
    super(init.message ?? messageOf(init.members) ?? init.name ?? 'service error');
    this.name = init.name ?? new.target.name;
    this.$fault = init.$fault;
    this.$metadata = init.$metadata;
    if (init.$retryable) this.$retryable = init.$retryable;
    // Modeled members become own properties; `setOwn` keeps a member named `__proto__` as data.
    const members = (init.members ?? {}) as Bag;
    for (const key of Object.keys(members)) setOwn(this as unknown as Bag, key, members[key]);
  }
}

/** What a modeled error class passes to its base: name, fault and retry traits from its `info`. */
export function modeledInit(info: ErrorInfo, members: object, $metadata: ResponseMetadata): ExceptionInit {
  const $retryable = info.retryable || info.throttling ? { throttling: info.throttling === true } : undefined;
  return { name: info.name, $fault: info.fault, $metadata, $retryable, members };
}

/** AWS services name the message member `message` or `Message`. */
export function messageOf(members: object | undefined): string | undefined {
  const m = members as Bag | undefined;
  const text = m && (getOwn(m, 'message') ?? getOwn(m, 'Message'));
  return typeof text === 'string' ? text : undefined;
}


/** The input failed validation: every problem is listed, and no request was made. */
export class InputValidationError extends Error {
  override name = 'InputValidationError';
  constructor(
    readonly operation: string,
    readonly issues: ValidationIssue[],
  ) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the input of ${operation}:\n` +
        issues.map((i) => `  ${i.path || '/'}: ${i.message}`).join('\n'),
    );
  }
}

/** A connection failure (refused, reset, DNS) after every attempt. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}
