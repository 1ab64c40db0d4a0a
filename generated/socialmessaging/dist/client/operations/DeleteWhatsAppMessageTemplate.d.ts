import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { DeleteWhatsAppMessageTemplateInput, DeleteWhatsAppMessageTemplateOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * DeleteWhatsAppMessageTemplate complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const DeleteWhatsAppMessageTemplateOperation: $OperationDefinition<DeleteWhatsAppMessageTemplateInput, DeleteWhatsAppMessageTemplateOutput>;
/**
 * Deletes a WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function deleteWhatsAppMessageTemplate(client: SocialmessagingBaseClient, input: DeleteWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<DeleteWhatsAppMessageTemplateOutput>;
//# sourceMappingURL=DeleteWhatsAppMessageTemplate.d.ts.map