import { validateGetWhatsAppFlowPreviewInput, validateGetWhatsAppFlowPreviewOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How GetWhatsAppFlowPreview travels: HTTP binding, serde schemas, errors and validators.
 */
export const GetWhatsAppFlowPreviewOperation = {
    name: "GetWhatsAppFlowPreview",
    method: "GET",
    uri: "/v1/whatsapp/flow/preview",
    code: 200,
    input: schemas.GetWhatsAppFlowPreviewInput,
    output: schemas.GetWhatsAppFlowPreviewOutput,
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
    validateInput: validateGetWhatsAppFlowPreviewInput,
    validateOutput: validateGetWhatsAppFlowPreviewOutput,
};
/**
 * Generates a web preview URL for testing a WhatsApp Flow before publishing. Preview URLs expire in 30 days and can be shared with stakeholders for review.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function getWhatsAppFlowPreview(client, input, options) {
    return client.send(GetWhatsAppFlowPreviewOperation, input, options);
}
//# sourceMappingURL=GetWhatsAppFlowPreview.js.map