import { validateUpdateWhatsAppMessageTemplateInput, validateUpdateWhatsAppMessageTemplateOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How UpdateWhatsAppMessageTemplate travels: HTTP binding, serde schemas, errors and validators.
 */
export const UpdateWhatsAppMessageTemplateOperation = {
    name: "UpdateWhatsAppMessageTemplate",
    method: "POST",
    uri: "/v1/whatsapp/template",
    code: 200,
    input: schemas.UpdateWhatsAppMessageTemplateInput,
    output: schemas.UpdateWhatsAppMessageTemplateOutput,
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
    validateInput: validateUpdateWhatsAppMessageTemplateInput,
    validateOutput: validateUpdateWhatsAppMessageTemplateOutput,
};
/**
 * Updates an existing WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function updateWhatsAppMessageTemplate(client, input, options) {
    return client.send(UpdateWhatsAppMessageTemplateOperation, input, options);
}
//# sourceMappingURL=UpdateWhatsAppMessageTemplate.js.map