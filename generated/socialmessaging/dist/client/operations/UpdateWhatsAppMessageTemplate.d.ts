import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { UpdateWhatsAppMessageTemplateInput, UpdateWhatsAppMessageTemplateOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * UpdateWhatsAppMessageTemplate complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const UpdateWhatsAppMessageTemplateOperation: $OperationDefinition<UpdateWhatsAppMessageTemplateInput, UpdateWhatsAppMessageTemplateOutput>;
/**
 * Updates an existing WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function updateWhatsAppMessageTemplate(client: SocialmessagingBaseClient, input: UpdateWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<UpdateWhatsAppMessageTemplateOutput>;
//# sourceMappingURL=UpdateWhatsAppMessageTemplate.d.ts.map