import { validateCreateWhatsAppMessageTemplateMediaInput, validateCreateWhatsAppMessageTemplateMediaOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How CreateWhatsAppMessageTemplateMedia travels: HTTP binding, serde schemas, errors and validators.
 */
export const CreateWhatsAppMessageTemplateMediaOperation = {
    name: "CreateWhatsAppMessageTemplateMedia",
    method: "POST",
    uri: "/v1/whatsapp/template/media",
    code: 200,
    input: schemas.CreateWhatsAppMessageTemplateMediaInput,
    output: schemas.CreateWhatsAppMessageTemplateMediaOutput,
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
    validateInput: validateCreateWhatsAppMessageTemplateMediaInput,
    validateOutput: validateCreateWhatsAppMessageTemplateMediaOutput,
};
/**
 * Uploads media for use in a WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function createWhatsAppMessageTemplateMedia(client, input, options) {
    return client.send(CreateWhatsAppMessageTemplateMediaOperation, input, options);
}
//# sourceMappingURL=CreateWhatsAppMessageTemplateMedia.js.map