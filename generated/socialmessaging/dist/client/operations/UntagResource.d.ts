import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { UntagResourceInput, UntagResourceOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * UntagResource complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const UntagResourceOperation: $OperationDefinition<UntagResourceInput, UntagResourceOutput>;
/**
 * Removes the specified tags from a resource.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export declare function untagResource(client: SocialmessagingBaseClient, input: UntagResourceInput, options?: $CallOptions): Promise<UntagResourceOutput>;
//# sourceMappingURL=UntagResource.d.ts.map