import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { DeleteWhatsAppMessageMediaInput, DeleteWhatsAppMessageMediaOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * DeleteWhatsAppMessageMedia complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const DeleteWhatsAppMessageMediaOperation: $OperationDefinition<DeleteWhatsAppMessageMediaInput, DeleteWhatsAppMessageMediaOutput>;
/**
 * Delete a media object from the WhatsApp service. If the object is still in an Amazon S3 bucket you should delete it from there too.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function deleteWhatsAppMessageMedia(client: SocialmessagingBaseClient, input: DeleteWhatsAppMessageMediaInput, options?: $CallOptions): Promise<DeleteWhatsAppMessageMediaOutput>;
//# sourceMappingURL=DeleteWhatsAppMessageMedia.d.ts.map