import { validateUpdateWhatsAppFlowAssetsInput, validateUpdateWhatsAppFlowAssetsOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How UpdateWhatsAppFlowAssets travels: HTTP binding, serde schemas, errors and validators.
 */
export const UpdateWhatsAppFlowAssetsOperation = {
    name: "UpdateWhatsAppFlowAssets",
    method: "POST",
    uri: "/v1/whatsapp/flow/assets/update",
    code: 200,
    input: schemas.UpdateWhatsAppFlowAssetsInput,
    output: schemas.UpdateWhatsAppFlowAssetsOutput,
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
    validateInput: validateUpdateWhatsAppFlowAssetsInput,
    validateOutput: validateUpdateWhatsAppFlowAssetsOutput,
};
/**
 * Updates the Flow JSON definition (assets) of a WhatsApp Flow. Updating a published Flow's assets reverts it to DRAFT status, requiring re-publishing.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function updateWhatsAppFlowAssets(client, input, options) {
    return client.send(UpdateWhatsAppFlowAssetsOperation, input, options);
}
//# sourceMappingURL=UpdateWhatsAppFlowAssets.js.map