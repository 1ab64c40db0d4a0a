import { validateGetWhatsAppMessageTemplateInput, validateGetWhatsAppMessageTemplateOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How GetWhatsAppMessageTemplate travels: HTTP binding, serde schemas, errors and validators.
 */
export const GetWhatsAppMessageTemplateOperation = {
    name: "GetWhatsAppMessageTemplate",
    method: "GET",
    uri: "/v1/whatsapp/template",
    code: 200,
    input: schemas.GetWhatsAppMessageTemplateInput,
    output: schemas.GetWhatsAppMessageTemplateOutput,
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
    validateInput: validateGetWhatsAppMessageTemplateInput,
    validateOutput: validateGetWhatsAppMessageTemplateOutput,
};
/**
 * Retrieves a specific WhatsApp message template.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function getWhatsAppMessageTemplate(client, input, options) {
    return client.send(GetWhatsAppMessageTemplateOperation, input, options);
}
//# sourceMappingURL=GetWhatsAppMessageTemplate.js.map