import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { CreateWhatsAppMessageTemplateMediaInput, CreateWhatsAppMessageTemplateMediaOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * CreateWhatsAppMessageTemplateMedia complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const CreateWhatsAppMessageTemplateMediaOperation: $OperationDefinition<CreateWhatsAppMessageTemplateMediaInput, CreateWhatsAppMessageTemplateMediaOutput>;
/**
 * Uploads media for use in a WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function createWhatsAppMessageTemplateMedia(client: SocialmessagingBaseClient, input: CreateWhatsAppMessageTemplateMediaInput, options?: $CallOptions): Promise<CreateWhatsAppMessageTemplateMediaOutput>;
//# sourceMappingURL=CreateWhatsAppMessageTemplateMedia.d.ts.map