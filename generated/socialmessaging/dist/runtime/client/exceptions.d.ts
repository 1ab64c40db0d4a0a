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
    $retryable?: {
        throttling?: boolean;
    };
    /** Modeled members, by member name. */
    members?: object;
}
export declare class ServiceException extends Error {
    readonly $fault: 'client' | 'server';
    readonly $metadata: ResponseMetadata;
    readonly $retryable?: {
        throttling?: boolean;
    };
    constructor(init: ExceptionInit);
}
/** What a modeled error class passes to its base: name, fault and retry traits from its `info`. */
export declare function modeledInit(info: ErrorInfo, members: object, $metadata: ResponseMetadata): ExceptionInit;
/** AWS services name the message member `message` or `Message`. */
export declare function messageOf(members: object | undefined): string | undefined;
/** The input failed validation: every problem is listed, and no request was made. */
export declare class InputValidationError extends Error {
    readonly operation: string;
    readonly issues: ValidationIssue[];
    name: string;
    constructor(operation: string, issues: ValidationIssue[]);
}
/** A connection failure (refused, reset, DNS) after every attempt. */
export declare class NetworkError extends Error {
    name: string;
}
export declare class TimeoutError extends Error {
    name: string;
}
//# sourceMappingURL=exceptions.d.ts.map