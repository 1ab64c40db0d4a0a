import { validatePublishWhatsAppFlowInput, validatePublishWhatsAppFlowOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How PublishWhatsAppFlow travels: HTTP binding, serde schemas, errors and validators.
 */
export const PublishWhatsAppFlowOperation = {
    name: "PublishWhatsAppFlow",
    method: "POST",
    uri: "/v1/whatsapp/flow/publish",
    code: 200,
    input: schemas.PublishWhatsAppFlowInput,
    output: schemas.PublishWhatsAppFlowOutput,
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
    validateInput: validatePublishWhatsAppFlowInput,
    validateOutput: validatePublishWhatsAppFlowOutput,
};
/**
 * Publishes a WhatsApp Flow, making it available for use in template messages. The Flow must be in DRAFT status with valid Flow JSON that passes Meta's validation. This is an irreversible operation.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function publishWhatsAppFlow(client, input, options) {
    return client.send(PublishWhatsAppFlowOperation, input, options);
}
//# sourceMappingURL=PublishWhatsAppFlow.js.map