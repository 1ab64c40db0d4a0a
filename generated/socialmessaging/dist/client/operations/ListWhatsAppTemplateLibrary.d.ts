import { type CallOptions, type OperationDefinition } from '../../runtime/client/client.js';
import type { ListWhatsAppTemplateLibraryInput, ListWhatsAppTemplateLibraryOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * How ListWhatsAppTemplateLibrary travels: HTTP binding, serde schemas, errors and validators.
 */
export declare const ListWhatsAppTemplateLibraryOperation: OperationDefinition<ListWhatsAppTemplateLibraryInput, ListWhatsAppTemplateLibraryOutput>;
/**
 * Lists templates available in Meta's template library for WhatsApp messaging.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function listWhatsAppTemplateLibrary(client: SocialmessagingBaseClient, input: ListWhatsAppTemplateLibraryInput, options?: CallOptions): Promise<ListWhatsAppTemplateLibraryOutput>;
//# sourceMappingURL=ListWhatsAppTemplateLibrary.d.ts.map