import { validateDeprecateWhatsAppFlowInput, validateDeprecateWhatsAppFlowOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How DeprecateWhatsAppFlow travels: HTTP binding, serde schemas, errors and validators.
 */
export const DeprecateWhatsAppFlowOperation = {
    name: "DeprecateWhatsAppFlow",
    method: "POST",
    uri: "/v1/whatsapp/flow/deprecate",
    code: 200,
    input: schemas.DeprecateWhatsAppFlowInput,
    output: schemas.DeprecateWhatsAppFlowOutput,
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
    validateInput: validateDeprecateWhatsAppFlowInput,
    validateOutput: validateDeprecateWhatsAppFlowOutput,
};
/**
 * Deprecates a published WhatsApp Flow, marking it as no longer recommended for use. The Flow must be in PUBLISHED status. This is an irreversible operation.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function deprecateWhatsAppFlow(client, input, options) {
    return client.send(DeprecateWhatsAppFlowOperation, input, options);
}
//# sourceMappingURL=DeprecateWhatsAppFlow.js.map