import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { UpdateWhatsAppFlowInput, UpdateWhatsAppFlowOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * UpdateWhatsAppFlow complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const UpdateWhatsAppFlowOperation: $OperationDefinition<UpdateWhatsAppFlowInput, UpdateWhatsAppFlowOutput>;
/**
 * Updates the metadata of a WhatsApp Flow, such as its name or categories. This does not update the Flow JSON definition. Use [UpdateWhatsAppFlowAssets](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_UpdateWhatsAppFlowAssets.html) to update the Flow JSON.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function updateWhatsAppFlow(client: SocialmessagingBaseClient, input: UpdateWhatsAppFlowInput, options?: $CallOptions): Promise<UpdateWhatsAppFlowOutput>;
//# sourceMappingURL=UpdateWhatsAppFlow.d.ts.map