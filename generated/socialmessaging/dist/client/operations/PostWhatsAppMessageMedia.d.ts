import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { PostWhatsAppMessageMediaInput, PostWhatsAppMessageMediaOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * PostWhatsAppMessageMedia complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const PostWhatsAppMessageMediaOperation: $OperationDefinition<PostWhatsAppMessageMediaInput, PostWhatsAppMessageMediaOutput>;
/**
 * Upload a media file to the WhatsApp service. Only the specified `originationPhoneNumberId` has the permissions to send the media file when using [SendWhatsAppMessage](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_SendWhatsAppMessage.html). You must use either `sourceS3File` or `sourceS3PresignedUrl` for the source. If both or neither are specified then an `InvalidParameterException` is returned.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function postWhatsAppMessageMedia(client: SocialmessagingBaseClient, input: PostWhatsAppMessageMediaInput, options?: $CallOptions): Promise<PostWhatsAppMessageMediaOutput>;
//# sourceMappingURL=PostWhatsAppMessageMedia.d.ts.map