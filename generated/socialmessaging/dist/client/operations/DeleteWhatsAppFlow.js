import { validateDeleteWhatsAppFlowInput, validateDeleteWhatsAppFlowOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How DeleteWhatsAppFlow travels: HTTP binding, serde schemas, errors and validators.
 */
export const DeleteWhatsAppFlowOperation = {
    name: "DeleteWhatsAppFlow",
    method: "DELETE",
    uri: "/v1/whatsapp/flow",
    code: 200,
    input: schemas.DeleteWhatsAppFlowInput,
    output: schemas.DeleteWhatsAppFlowOutput,
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
    validateInput: validateDeleteWhatsAppFlowInput,
    validateOutput: validateDeleteWhatsAppFlowOutput,
};
/**
 * Deletes a WhatsApp Flow permanently. Only Flows in DRAFT status can be deleted. Published or deprecated Flows cannot be deleted.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function deleteWhatsAppFlow(client, input, options) {
    return client.send(DeleteWhatsAppFlowOperation, input, options);
}
//# sourceMappingURL=DeleteWhatsAppFlow.js.map