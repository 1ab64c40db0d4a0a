import { type CallOptions, type OperationDefinition } from '../../runtime/client/client.js';
import type { ListWhatsAppMessageTemplatesInput, ListWhatsAppMessageTemplatesOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * How ListWhatsAppMessageTemplates travels: HTTP binding, serde schemas, errors and validators.
 */
export declare const ListWhatsAppMessageTemplatesOperation: OperationDefinition<ListWhatsAppMessageTemplatesInput, ListWhatsAppMessageTemplatesOutput>;
/**
 * Lists WhatsApp message templates for a specific WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function listWhatsAppMessageTemplates(client: SocialmessagingBaseClient, input: ListWhatsAppMessageTemplatesInput, options?: CallOptions): Promise<ListWhatsAppMessageTemplatesOutput>;
//# sourceMappingURL=ListWhatsAppMessageTemplates.d.ts.map