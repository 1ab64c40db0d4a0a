import { validateGetLinkedWhatsAppBusinessAccountInput, validateGetLinkedWhatsAppBusinessAccountOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How GetLinkedWhatsAppBusinessAccount travels: HTTP binding, serde schemas, errors and validators.
 */
export const GetLinkedWhatsAppBusinessAccountOperation = {
    name: "GetLinkedWhatsAppBusinessAccount",
    method: "GET",
    uri: "/v1/whatsapp/waba/details",
    code: 200,
    input: schemas.GetLinkedWhatsAppBusinessAccountInput,
    output: schemas.GetLinkedWhatsAppBusinessAccountOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ResourceNotFoundException,
        ThrottledRequestException,
        InternalServiceException,
        DependencyException,
    ],
    validateInput: validateGetLinkedWhatsAppBusinessAccountInput,
    validateOutput: validateGetLinkedWhatsAppBusinessAccountOutput,
};
/**
 * Get the details of your linked WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function getLinkedWhatsAppBusinessAccount(client, input, options) {
    return client.send(GetLinkedWhatsAppBusinessAccountOperation, input, options);
}
//# sourceMappingURL=GetLinkedWhatsAppBusinessAccount.js.map