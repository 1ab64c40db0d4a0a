import { validateGetWhatsAppMessageMediaInput, validateGetWhatsAppMessageMediaOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How GetWhatsAppMessageMedia travels: HTTP binding, serde schemas, errors and validators.
 */
export const GetWhatsAppMessageMediaOperation = {
    name: "GetWhatsAppMessageMedia",
    method: "POST",
    uri: "/v1/whatsapp/media/get",
    code: 200,
    input: schemas.GetWhatsAppMessageMediaInput,
    output: schemas.GetWhatsAppMessageMediaOutput,
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
    validateInput: validateGetWhatsAppMessageMediaInput,
    validateOutput: validateGetWhatsAppMessageMediaOutput,
};
/**
 * Get a media file from the WhatsApp service. On successful completion the media file is retrieved from Meta and stored in the specified Amazon S3 bucket. Use either `destinationS3File` or `destinationS3PresignedUrl` for the destination. If both are used then an `InvalidParameterException` is returned.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function getWhatsAppMessageMedia(client, input, options) {
    return client.send(GetWhatsAppMessageMediaOperation, input, options);
}
//# sourceMappingURL=GetWhatsAppMessageMedia.js.map