import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { CreateWhatsAppMessageTemplateInput, CreateWhatsAppMessageTemplateOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * CreateWhatsAppMessageTemplate complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const CreateWhatsAppMessageTemplateOperation: $OperationDefinition<CreateWhatsAppMessageTemplateInput, CreateWhatsAppMessageTemplateOutput>;
/**
 * Creates a new WhatsApp message template from a custom definition.
 *
 * Amazon Web Services End User Messaging Social does not store any WhatsApp message template content.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function createWhatsAppMessageTemplate(client: SocialmessagingBaseClient, input: CreateWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<CreateWhatsAppMessageTemplateOutput>;
//# sourceMappingURL=CreateWhatsAppMessageTemplate.d.ts.map