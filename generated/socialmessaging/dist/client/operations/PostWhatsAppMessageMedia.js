import { validatePostWhatsAppMessageMediaInput, validatePostWhatsAppMessageMediaOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How PostWhatsAppMessageMedia travels: HTTP binding, serde schemas, errors and validators.
 */
export const PostWhatsAppMessageMediaOperation = {
    name: "PostWhatsAppMessageMedia",
    method: "POST",
    uri: "/v1/whatsapp/media",
    code: 200,
    input: schemas.PostWhatsAppMessageMediaInput,
    output: schemas.PostWhatsAppMessageMediaOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        ResourceNotFoundException,
        InvalidParametersException,
        AccessDeniedByMetaException,
        ThrottledRequestException,
        InternalServiceException,
        DependencyException,
    ],
    validateInput: validatePostWhatsAppMessageMediaInput,
    validateOutput: validatePostWhatsAppMessageMediaOutput,
};
/**
 * Upload a media file to the WhatsApp service. Only the specified `originationPhoneNumberId` has the permissions to send the media file when using [SendWhatsAppMessage](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_SendWhatsAppMessage.html). You must use either `sourceS3File` or `sourceS3PresignedUrl` for the source. If both or neither are specified then an `InvalidParameterException` is returned.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function postWhatsAppMessageMedia(client, input, options) {
    return client.send(PostWhatsAppMessageMediaOperation, input, options);
}
//# sourceMappingURL=PostWhatsAppMessageMedia.js.map