import { validateDisassociateWhatsAppBusinessAccountInput, validateDisassociateWhatsAppBusinessAccountOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How DisassociateWhatsAppBusinessAccount travels: HTTP binding, serde schemas, errors and validators.
 */
export const DisassociateWhatsAppBusinessAccountOperation = {
    name: "DisassociateWhatsAppBusinessAccount",
    method: "DELETE",
    uri: "/v1/whatsapp/waba/disassociate",
    code: 200,
    input: schemas.DisassociateWhatsAppBusinessAccountInput,
    output: schemas.DisassociateWhatsAppBusinessAccountOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ResourceNotFoundException,
        ThrottledRequestException,
        DependencyException,
    ],
    validateInput: validateDisassociateWhatsAppBusinessAccountInput,
    validateOutput: validateDisassociateWhatsAppBusinessAccountOutput,
};
/**
 * Disassociate a WhatsApp Business Account (WABA) from your Amazon Web Services account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, DependencyException.
 */
export function disassociateWhatsAppBusinessAccount(client, input, options) {
    return client.send(DisassociateWhatsAppBusinessAccountOperation, input, options);
}
//# sourceMappingURL=DisassociateWhatsAppBusinessAccount.js.map