import { validateDeleteWhatsAppMessageTemplateInput, validateDeleteWhatsAppMessageTemplateOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How DeleteWhatsAppMessageTemplate travels: HTTP binding, serde schemas, errors and validators.
 */
export const DeleteWhatsAppMessageTemplateOperation = {
    name: "DeleteWhatsAppMessageTemplate",
    method: "DELETE",
    uri: "/v1/whatsapp/template",
    code: 200,
    input: schemas.DeleteWhatsAppMessageTemplateInput,
    output: schemas.DeleteWhatsAppMessageTemplateOutput,
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
    validateInput: validateDeleteWhatsAppMessageTemplateInput,
    validateOutput: validateDeleteWhatsAppMessageTemplateOutput,
};
/**
 * Deletes a WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function deleteWhatsAppMessageTemplate(client, input, options) {
    return client.send(DeleteWhatsAppMessageTemplateOperation, input, options);
}
//# sourceMappingURL=DeleteWhatsAppMessageTemplate.js.map