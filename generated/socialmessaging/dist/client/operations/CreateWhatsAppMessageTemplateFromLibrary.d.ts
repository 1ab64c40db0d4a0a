import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { CreateWhatsAppMessageTemplateFromLibraryInput, CreateWhatsAppMessageTemplateFromLibraryOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * CreateWhatsAppMessageTemplateFromLibrary complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const CreateWhatsAppMessageTemplateFromLibraryOperation: $OperationDefinition<CreateWhatsAppMessageTemplateFromLibraryInput, CreateWhatsAppMessageTemplateFromLibraryOutput>;
/**
 * Creates a new WhatsApp message template using a template from Meta's template library.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function createWhatsAppMessageTemplateFromLibrary(client: SocialmessagingBaseClient, input: CreateWhatsAppMessageTemplateFromLibraryInput, options?: $CallOptions): Promise<CreateWhatsAppMessageTemplateFromLibraryOutput>;
//# sourceMappingURL=CreateWhatsAppMessageTemplateFromLibrary.d.ts.map