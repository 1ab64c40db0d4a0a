import { validateListLinkedWhatsAppBusinessAccountsInput, validateListLinkedWhatsAppBusinessAccountsOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How ListLinkedWhatsAppBusinessAccounts travels: HTTP binding, serde schemas, errors and validators.
 */
export const ListLinkedWhatsAppBusinessAccountsOperation = {
    name: "ListLinkedWhatsAppBusinessAccounts",
    method: "GET",
    uri: "/v1/whatsapp/waba/list",
    code: 200,
    input: schemas.ListLinkedWhatsAppBusinessAccountsInput,
    output: schemas.ListLinkedWhatsAppBusinessAccountsOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ResourceNotFoundException,
        ThrottledRequestException,
        InternalServiceException,
    ],
    validateInput: validateListLinkedWhatsAppBusinessAccountsInput,
    validateOutput: validateListLinkedWhatsAppBusinessAccountsOutput,
};
/**
 * List all WhatsApp Business Accounts linked to your Amazon Web Services account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException.
 */
export function listLinkedWhatsAppBusinessAccounts(client, input = {}, options) {
    return client.send(ListLinkedWhatsAppBusinessAccountsOperation, input, options);
}
//# sourceMappingURL=ListLinkedWhatsAppBusinessAccounts.js.map