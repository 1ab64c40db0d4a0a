import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { TagResourceInput, TagResourceOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * TagResource complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const TagResourceOperation: $OperationDefinition<TagResourceInput, TagResourceOutput>;
/**
 * Adds or overwrites only the specified tags for the specified resource. When you specify an existing tag key, the value is overwritten with the new value.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export declare function tagResource(client: SocialmessagingBaseClient, input: TagResourceInput, options?: $CallOptions): Promise<TagResourceOutput>;
//# sourceMappingURL=TagResource.d.ts.map