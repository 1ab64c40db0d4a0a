import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { DeleteWhatsAppFlowInput, DeleteWhatsAppFlowOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * DeleteWhatsAppFlow complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const DeleteWhatsAppFlowOperation: $OperationDefinition<DeleteWhatsAppFlowInput, DeleteWhatsAppFlowOutput>;
/**
 * Deletes a WhatsApp Flow permanently. Only Flows in DRAFT status can be deleted. Published or deprecated Flows cannot be deleted.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function deleteWhatsAppFlow(client: SocialmessagingBaseClient, input: DeleteWhatsAppFlowInput, options?: $CallOptions): Promise<DeleteWhatsAppFlowOutput>;
//# sourceMappingURL=DeleteWhatsAppFlow.d.ts.map