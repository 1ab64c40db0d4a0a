import { validatePutWhatsAppBusinessAccountEventDestinationsInput, validatePutWhatsAppBusinessAccountEventDestinationsOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How PutWhatsAppBusinessAccountEventDestinations travels: HTTP binding, serde schemas, errors and validators.
 */
export const PutWhatsAppBusinessAccountEventDestinationsOperation = {
    name: "PutWhatsAppBusinessAccountEventDestinations",
    method: "PUT",
    uri: "/v1/whatsapp/waba/eventdestinations",
    code: 200,
    input: schemas.PutWhatsAppBusinessAccountEventDestinationsInput,
    output: schemas.PutWhatsAppBusinessAccountEventDestinationsOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ThrottledRequestException,
        InternalServiceException,
    ],
    validateInput: validatePutWhatsAppBusinessAccountEventDestinationsInput,
    validateOutput: validatePutWhatsAppBusinessAccountEventDestinationsOutput,
};
/**
 * Add an event destination to log event data from WhatsApp for a WhatsApp Business Account (WABA). A WABA can only have one event destination at a time. All resources associated with the WABA use the same event destination.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export function putWhatsAppBusinessAccountEventDestinations(client, input, options) {
    return client.send(PutWhatsAppBusinessAccountEventDestinationsOperation, input, options);
}
//# sourceMappingURL=PutWhatsAppBusinessAccountEventDestinations.js.map