import { validateCreateWhatsAppMessageTemplateInput, validateCreateWhatsAppMessageTemplateOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How CreateWhatsAppMessageTemplate travels: HTTP binding, serde schemas, errors and validators.
 */
export const CreateWhatsAppMessageTemplateOperation = {
    name: "CreateWhatsAppMessageTemplate",
    method: "POST",
    uri: "/v1/whatsapp/template/put",
    code: 200,
    input: schemas.CreateWhatsAppMessageTemplateInput,
    output: schemas.CreateWhatsAppMessageTemplateOutput,
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
    validateInput: validateCreateWhatsAppMessageTemplateInput,
    validateOutput: validateCreateWhatsAppMessageTemplateOutput,
};
/**
 * Creates a new WhatsApp message template from a custom definition.
 *
 * Amazon Web Services End User Messaging Social does not store any WhatsApp message template content.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function createWhatsAppMessageTemplate(client, input, options) {
    return client.send(CreateWhatsAppMessageTemplateOperation, input, options);
}
//# sourceMappingURL=CreateWhatsAppMessageTemplate.js.map