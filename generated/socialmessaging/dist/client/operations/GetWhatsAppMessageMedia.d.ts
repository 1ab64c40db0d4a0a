import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { GetWhatsAppMessageMediaInput, GetWhatsAppMessageMediaOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * GetWhatsAppMessageMedia complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const GetWhatsAppMessageMediaOperation: $OperationDefinition<GetWhatsAppMessageMediaInput, GetWhatsAppMessageMediaOutput>;
/**
 * Get a media file from the WhatsApp service. On successful completion the media file is retrieved from Meta and stored in the specified Amazon S3 bucket. Use either `destinationS3File` or `destinationS3PresignedUrl` for the destination. If both are used then an `InvalidParameterException` is returned.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getWhatsAppMessageMedia(client: SocialmessagingBaseClient, input: GetWhatsAppMessageMediaInput, options?: $CallOptions): Promise<GetWhatsAppMessageMediaOutput>;
//# sourceMappingURL=GetWhatsAppMessageMedia.d.ts.map