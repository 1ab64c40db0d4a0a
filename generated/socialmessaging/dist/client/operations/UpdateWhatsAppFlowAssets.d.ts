import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { UpdateWhatsAppFlowAssetsInput, UpdateWhatsAppFlowAssetsOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * UpdateWhatsAppFlowAssets complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const UpdateWhatsAppFlowAssetsOperation: $OperationDefinition<UpdateWhatsAppFlowAssetsInput, UpdateWhatsAppFlowAssetsOutput>;
/**
 * Updates the Flow JSON definition (assets) of a WhatsApp Flow. Updating a published Flow's assets reverts it to DRAFT status, requiring re-publishing.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function updateWhatsAppFlowAssets(client: SocialmessagingBaseClient, input: UpdateWhatsAppFlowAssetsInput, options?: $CallOptions): Promise<UpdateWhatsAppFlowAssetsOutput>;
//# sourceMappingURL=UpdateWhatsAppFlowAssets.d.ts.map