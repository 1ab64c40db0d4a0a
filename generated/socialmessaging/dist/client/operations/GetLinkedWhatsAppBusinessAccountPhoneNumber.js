import { validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput, validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How GetLinkedWhatsAppBusinessAccountPhoneNumber travels: HTTP binding, serde schemas, errors and validators.
 */
export const GetLinkedWhatsAppBusinessAccountPhoneNumberOperation = {
    name: "GetLinkedWhatsAppBusinessAccountPhoneNumber",
    method: "GET",
    uri: "/v1/whatsapp/waba/phone/details",
    code: 200,
    input: schemas.GetLinkedWhatsAppBusinessAccountPhoneNumberInput,
    output: schemas.GetLinkedWhatsAppBusinessAccountPhoneNumberOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ResourceNotFoundException,
        ThrottledRequestException,
        InternalServiceException,
        DependencyException,
    ],
    validateInput: validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput,
    validateOutput: validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput,
};
/**
 * Retrieve the WABA account id and phone number details of a WhatsApp business account phone number.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function getLinkedWhatsAppBusinessAccountPhoneNumber(client, input, options) {
    return client.send(GetLinkedWhatsAppBusinessAccountPhoneNumberOperation, input, options);
}
//# sourceMappingURL=GetLinkedWhatsAppBusinessAccountPhoneNumber.js.map