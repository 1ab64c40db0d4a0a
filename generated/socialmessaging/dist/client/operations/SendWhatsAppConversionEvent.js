import { validateSendWhatsAppConversionEventInput, validateSendWhatsAppConversionEventOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, AccessDeniedByMetaException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How SendWhatsAppConversionEvent travels: HTTP binding, serde schemas, errors and validators.
 */
export const SendWhatsAppConversionEventOperation = {
    name: "SendWhatsAppConversionEvent",
    method: "POST",
    uri: "/v1/whatsapp/waba/dataset/events",
    code: 200,
    input: schemas.SendWhatsAppConversionEventInput,
    output: schemas.SendWhatsAppConversionEventOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ResourceNotFoundException,
        ThrottledRequestException,
        AccessDeniedByMetaException,
        InternalServiceException,
        DependencyException,
    ],
    validateInput: validateSendWhatsAppConversionEventInput,
    validateOutput: validateSendWhatsAppConversionEventOutput,
};
/**
 * Sends a conversion event to Meta's Conversions API for the specified WhatsApp Business Account dataset.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, AccessDeniedByMetaException, InternalServiceException, DependencyException.
 */
export function sendWhatsAppConversionEvent(client, input, options) {
    return client.send(SendWhatsAppConversionEventOperation, input, options);
}
//# sourceMappingURL=SendWhatsAppConversionEvent.js.map