import { validateListWhatsAppMessageTemplatesInput, validateListWhatsAppMessageTemplatesOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How ListWhatsAppMessageTemplates travels: HTTP binding, serde schemas, errors and validators.
 */
export const ListWhatsAppMessageTemplatesOperation = {
    name: "ListWhatsAppMessageTemplates",
    method: "GET",
    uri: "/v1/whatsapp/template/list",
    code: 200,
    input: schemas.ListWhatsAppMessageTemplatesInput,
    output: schemas.ListWhatsAppMessageTemplatesOutput,
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
    validateInput: validateListWhatsAppMessageTemplatesInput,
    validateOutput: validateListWhatsAppMessageTemplatesOutput,
};
/**
 * Lists WhatsApp message templates for a specific WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function listWhatsAppMessageTemplates(client, input, options) {
    return client.send(ListWhatsAppMessageTemplatesOperation, input, options);
}
//# sourceMappingURL=ListWhatsAppMessageTemplates.js.map