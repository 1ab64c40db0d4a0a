import { validateCreateWhatsAppMessageTemplateFromLibraryInput, validateCreateWhatsAppMessageTemplateFromLibraryOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How CreateWhatsAppMessageTemplateFromLibrary travels: HTTP binding, serde schemas, errors and validators.
 */
export const CreateWhatsAppMessageTemplateFromLibraryOperation = {
    name: "CreateWhatsAppMessageTemplateFromLibrary",
    method: "POST",
    uri: "/v1/whatsapp/template/create",
    code: 200,
    input: schemas.CreateWhatsAppMessageTemplateFromLibraryInput,
    output: schemas.CreateWhatsAppMessageTemplateFromLibraryOutput,
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
    validateInput: validateCreateWhatsAppMessageTemplateFromLibraryInput,
    validateOutput: validateCreateWhatsAppMessageTemplateFromLibraryOutput,
};
/**
 * Creates a new WhatsApp message template using a template from Meta's template library.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function createWhatsAppMessageTemplateFromLibrary(client, input, options) {
    return client.send(CreateWhatsAppMessageTemplateFromLibraryOperation, input, options);
}
//# sourceMappingURL=CreateWhatsAppMessageTemplateFromLibrary.js.map