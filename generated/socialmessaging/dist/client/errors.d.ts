import { type ResponseMetadata as $ResponseMetadata, ServiceException as $ServiceException } from '../runtime/client/exceptions.js';
import type { Bag as $Bag } from '../runtime/protocol/data.js';
import type { ErrorInfo as $ErrorInfo } from '../runtime/protocol/schema.js';
import type * as $types from '../types.js';
/**
 * Base class of every error a AWS End User Messaging Social call can throw: modeled errors extend it, and an error the model does not declare is an instance of it.
 */
export declare class SocialmessagingServiceException extends $ServiceException {
}
/**
 * You do not have sufficient access to perform this action.
 *
 * HTTP 403, client fault.
 */
export declare class AccessDeniedByMetaException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.AccessDeniedByMetaException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * You do not have sufficient access to perform this action.
 *
 * HTTP 403, client fault.
 */
export declare class AccessDeniedException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.AccessDeniedException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * Thrown when performing an action because a dependency would be broken.
 *
 * HTTP 502, server fault, retryable.
 */
export declare class DependencyException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.DependencyException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * The request processing has failed because of an unknown error, exception, or failure.
 *
 * HTTP 500, server fault, retryable.
 */
export declare class InternalServiceException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.InternalServiceException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * One or more parameters provided to the action are not valid.
 *
 * HTTP 400, client fault.
 */
export declare class InvalidParametersException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.InvalidParametersException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * The request was denied because it would exceed one or more service quotas or limits.
 *
 * HTTP 400, client fault.
 */
export declare class LimitExceededException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.LimitExceededException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * The resource was not found.
 *
 * HTTP 404, client fault.
 */
export declare class ResourceNotFoundException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.ResourceNotFoundException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * The request was denied due to request throttling.
 *
 * HTTP 429, client fault, retryable.
 */
export declare class ThrottledRequestException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.ThrottledRequestException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
/**
 * The request contains an invalid parameter value.
 *
 * HTTP 400, client fault.
 */
export declare class ValidationException extends SocialmessagingServiceException {
    static readonly info: $ErrorInfo;
    constructor(members?: Partial<$types.ValidationException>, $metadata?: $ResponseMetadata);
    /** The members an error response carries (`headers` with lower-case names). */
    static deserialize(_headers: Record<string, string>, body: Uint8Array): $Bag;
}
//# sourceMappingURL=errors.d.ts.map