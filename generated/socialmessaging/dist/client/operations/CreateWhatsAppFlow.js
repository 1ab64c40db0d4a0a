import { validateCreateWhatsAppFlowInput, validateCreateWhatsAppFlowOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How CreateWhatsAppFlow travels: HTTP binding, serde schemas, errors and validators.
 */
export const CreateWhatsAppFlowOperation = {
    name: "CreateWhatsAppFlow",
    method: "POST",
    uri: "/v1/whatsapp/flow/create",
    code: 200,
    input: schemas.CreateWhatsAppFlowInput,
    output: schemas.CreateWhatsAppFlowOutput,
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
    validateInput: validateCreateWhatsAppFlowInput,
    validateOutput: validateCreateWhatsAppFlowOutput,
};
/**
 * Creates a new WhatsApp Flow. Flows enable businesses to create rich, interactive forms and experiences that users can complete without leaving WhatsApp. The Flow is created in DRAFT status. If `publish` is set to `true` and a valid `flowJson` is provided, the Flow is published immediately.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function createWhatsAppFlow(client, input, options) {
    return client.send(CreateWhatsAppFlowOperation, input, options);
}
//# sourceMappingURL=CreateWhatsAppFlow.js.map