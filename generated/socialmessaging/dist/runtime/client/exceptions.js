/**
 * The error classes a call can throw. Service errors have AWS SDK v3's shape (`$fault`,
 * `$metadata.httpStatusCode`, `$metadata.requestId`, `$retryable`), so code written against the SDK
 * can handle them the same way; generated classes extend the service's base exception.
 */
import { getOwn, setOwn } from '../protocol/data.js';
export class ServiceException extends Error {
    $fault;
    $metadata;
    constructor(init) {
        super(init.message ?? messageOf(init.members) ?? init.name ?? 'service error');
        this.name = init.name ?? new.target.name;
        this.$fault = init.$fault;
        this.$metadata = init.$metadata;
        if (init.$retryable)
            this.$retryable = init.$retryable;
        // Modeled members become own properties; `setOwn` keeps a member named `__proto__` as data.
        const members = (init.members ?? {});
        for (const key of Object.keys(members))
            setOwn(this, key, members[key]);
    }
}
/** What a modeled error class passes to its base: name, fault and retry traits from its `info`. */
export function modeledInit(info, members, $metadata) {
    const $retryable = info.retryable || info.throttling ? { throttling: info.throttling === true } : undefined;
    return { name: info.name, $fault: info.fault, $metadata, $retryable, members };
}
/** AWS services name the message member `message` or `Message`. */
export function messageOf(members) {
    const m = members;
    const text = m && (getOwn(m, 'message') ?? getOwn(m, 'Message'));
    return typeof text === 'string' ? text : undefined;
}
/** The input failed validation: every problem is listed, and no request was made. */
export class InputValidationError extends Error {
    operation;
    issues;
    name = 'InputValidationError';
    constructor(operation, issues) {
        super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the input of ${operation}:\n` +
            issues.map((i) => `  ${i.path || '/'}: ${i.message}`).join('\n'));
        this.operation = operation;
        this.issues = issues;
    }
}
/** A connection failure (refused, reset, DNS) after every attempt. */
export class NetworkError extends Error {
    name = 'NetworkError';
}
export class TimeoutError extends Error {
    name = 'TimeoutError';
}
//# sourceMappingURL=exceptions.js.map