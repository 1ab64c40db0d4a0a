import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { GetWhatsAppMessageTemplateInput, GetWhatsAppMessageTemplateOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * GetWhatsAppMessageTemplate complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const GetWhatsAppMessageTemplateOperation: $OperationDefinition<GetWhatsAppMessageTemplateInput, GetWhatsAppMessageTemplateOutput>;
/**
 * Retrieves a specific WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getWhatsAppMessageTemplate(client: SocialmessagingBaseClient, input: GetWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<GetWhatsAppMessageTemplateOutput>;
//# sourceMappingURL=GetWhatsAppMessageTemplate.d.ts.map