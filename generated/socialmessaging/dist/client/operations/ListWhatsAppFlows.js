import { validateListWhatsAppFlowsInput, validateListWhatsAppFlowsOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How ListWhatsAppFlows travels: HTTP binding, serde schemas, errors and validators.
 */
export const ListWhatsAppFlowsOperation = {
    name: "ListWhatsAppFlows",
    method: "GET",
    uri: "/v1/whatsapp/flow/list",
    code: 200,
    input: schemas.ListWhatsAppFlowsInput,
    output: schemas.ListWhatsAppFlowsOutput,
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
    validateInput: validateListWhatsAppFlowsInput,
    validateOutput: validateListWhatsAppFlowsOutput,
};
/**
 * Lists all WhatsApp Flows for a WhatsApp Business Account. Returns summary information including Flow ID, name, status, and categories.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function listWhatsAppFlows(client, input, options) {
    return client.send(ListWhatsAppFlowsOperation, input, options);
}
//# sourceMappingURL=ListWhatsAppFlows.js.map