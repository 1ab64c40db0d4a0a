import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { ListWhatsAppMessageTemplatesInput, ListWhatsAppMessageTemplatesOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * ListWhatsAppMessageTemplates complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const ListWhatsAppMessageTemplatesOperation: $OperationDefinition<ListWhatsAppMessageTemplatesInput, ListWhatsAppMessageTemplatesOutput>;
/**
 * Lists WhatsApp message templates for a specific WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function listWhatsAppMessageTemplates(client: SocialmessagingBaseClient, input: ListWhatsAppMessageTemplatesInput, options?: $CallOptions): Promise<ListWhatsAppMessageTemplatesOutput>;
//# sourceMappingURL=ListWhatsAppMessageTemplates.d.ts.map