import { validateGetWhatsAppFlowInput, validateGetWhatsAppFlowOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How GetWhatsAppFlow travels: HTTP binding, serde schemas, errors and validators.
 */
export const GetWhatsAppFlowOperation = {
    name: "GetWhatsAppFlow",
    method: "GET",
    uri: "/v1/whatsapp/flow",
    code: 200,
    input: schemas.GetWhatsAppFlowInput,
    output: schemas.GetWhatsAppFlowOutput,
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
    validateInput: validateGetWhatsAppFlowInput,
    validateOutput: validateGetWhatsAppFlowOutput,
};
/**
 * Retrieves the metadata and status of a WhatsApp Flow, including validation errors, preview information, and health status.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function getWhatsAppFlow(client, input, options) {
    return client.send(GetWhatsAppFlowOperation, input, options);
}
//# sourceMappingURL=GetWhatsAppFlow.js.map