import { validateUpdateWhatsAppFlowInput, validateUpdateWhatsAppFlowOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How UpdateWhatsAppFlow travels: HTTP binding, serde schemas, errors and validators.
 */
export const UpdateWhatsAppFlowOperation = {
    name: "UpdateWhatsAppFlow",
    method: "POST",
    uri: "/v1/whatsapp/flow/update",
    code: 200,
    input: schemas.UpdateWhatsAppFlowInput,
    output: schemas.UpdateWhatsAppFlowOutput,
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
    validateInput: validateUpdateWhatsAppFlowInput,
    validateOutput: validateUpdateWhatsAppFlowOutput,
};
/**
 * Updates the metadata of a WhatsApp Flow, such as its name or categories. This does not update the Flow JSON definition. Use [UpdateWhatsAppFlowAssets](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_UpdateWhatsAppFlowAssets.html) to update the Flow JSON.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function updateWhatsAppFlow(client, input, options) {
    return client.send(UpdateWhatsAppFlowOperation, input, options);
}
//# sourceMappingURL=UpdateWhatsAppFlow.js.map