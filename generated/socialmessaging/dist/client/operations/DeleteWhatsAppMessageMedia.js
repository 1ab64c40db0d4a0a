import { validateDeleteWhatsAppMessageMediaInput, validateDeleteWhatsAppMessageMediaOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How DeleteWhatsAppMessageMedia travels: HTTP binding, serde schemas, errors and validators.
 */
export const DeleteWhatsAppMessageMediaOperation = {
    name: "DeleteWhatsAppMessageMedia",
    method: "DELETE",
    uri: "/v1/whatsapp/media",
    code: 200,
    input: schemas.DeleteWhatsAppMessageMediaInput,
    output: schemas.DeleteWhatsAppMessageMediaOutput,
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
    validateInput: validateDeleteWhatsAppMessageMediaInput,
    validateOutput: validateDeleteWhatsAppMessageMediaOutput,
};
/**
 * Delete a media object from the WhatsApp service. If the object is still in an Amazon S3 bucket you should delete it from there too.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function deleteWhatsAppMessageMedia(client, input, options) {
    return client.send(DeleteWhatsAppMessageMediaOperation, input, options);
}
//# sourceMappingURL=DeleteWhatsAppMessageMedia.js.map