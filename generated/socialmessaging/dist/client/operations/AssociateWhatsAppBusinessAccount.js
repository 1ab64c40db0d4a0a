import { validateAssociateWhatsAppBusinessAccountInput, validateAssociateWhatsAppBusinessAccountOutput } from '../../validators/index.js';
import { ValidationException, LimitExceededException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How AssociateWhatsAppBusinessAccount travels: HTTP binding, serde schemas, errors and validators.
 */
export const AssociateWhatsAppBusinessAccountOperation = {
    name: "AssociateWhatsAppBusinessAccount",
    method: "POST",
    uri: "/v1/whatsapp/signup",
    code: 200,
    input: schemas.AssociateWhatsAppBusinessAccountInput,
    output: schemas.AssociateWhatsAppBusinessAccountOutput,
    errors: [
        ValidationException,
        LimitExceededException,
        AccessDeniedException,
        InvalidParametersException,
        ThrottledRequestException,
        DependencyException,
    ],
    validateInput: validateAssociateWhatsAppBusinessAccountInput,
    validateOutput: validateAssociateWhatsAppBusinessAccountOutput,
};
/**
 * This is only used through the Amazon Web Services console during sign-up to associate your
 * WhatsApp Business Account to your Amazon Web Services account.
 *
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, LimitExceededException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, DependencyException.
 */
export function associateWhatsAppBusinessAccount(client, input = {}, options) {
    return client.send(AssociateWhatsAppBusinessAccountOperation, input, options);
}
//# sourceMappingURL=AssociateWhatsAppBusinessAccount.js.map