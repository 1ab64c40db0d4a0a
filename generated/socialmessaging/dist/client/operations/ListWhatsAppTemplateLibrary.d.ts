import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { ListWhatsAppTemplateLibraryInput, ListWhatsAppTemplateLibraryOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * ListWhatsAppTemplateLibrary complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const ListWhatsAppTemplateLibraryOperation: $OperationDefinition<ListWhatsAppTemplateLibraryInput, ListWhatsAppTemplateLibraryOutput>;
/**
 * Lists templates available in Meta's template library for WhatsApp messaging.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function listWhatsAppTemplateLibrary(client: SocialmessagingBaseClient, input: ListWhatsAppTemplateLibraryInput, options?: $CallOptions): Promise<ListWhatsAppTemplateLibraryOutput>;
//# sourceMappingURL=ListWhatsAppTemplateLibrary.d.ts.map