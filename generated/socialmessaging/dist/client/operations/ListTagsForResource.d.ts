import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { ListTagsForResourceInput, ListTagsForResourceOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * ListTagsForResource complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const ListTagsForResourceOperation: $OperationDefinition<ListTagsForResourceInput, ListTagsForResourceOutput>;
/**
 * List all tags associated with a resource, such as a phone number or WABA.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export declare function listTagsForResource(client: SocialmessagingBaseClient, input: ListTagsForResourceInput, options?: $CallOptions): Promise<ListTagsForResourceOutput>;
//# sourceMappingURL=ListTagsForResource.d.ts.map