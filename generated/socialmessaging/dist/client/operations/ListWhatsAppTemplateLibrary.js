import { validateListWhatsAppTemplateLibraryInput, validateListWhatsAppTemplateLibraryOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How ListWhatsAppTemplateLibrary travels: HTTP binding, serde schemas, errors and validators.
 */
export const ListWhatsAppTemplateLibraryOperation = {
    name: "ListWhatsAppTemplateLibrary",
    method: "POST",
    uri: "/v1/whatsapp/template/library",
    code: 200,
    input: schemas.ListWhatsAppTemplateLibraryInput,
    output: schemas.ListWhatsAppTemplateLibraryOutput,
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
    validateInput: validateListWhatsAppTemplateLibraryInput,
    validateOutput: validateListWhatsAppTemplateLibraryOutput,
};
/**
 * Lists templates available in Meta's template library for WhatsApp messaging.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function listWhatsAppTemplateLibrary(client, input, options) {
    return client.send(ListWhatsAppTemplateLibraryOperation, input, options);
}
//# sourceMappingURL=ListWhatsAppTemplateLibrary.js.map