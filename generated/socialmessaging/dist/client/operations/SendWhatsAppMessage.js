import { validateSendWhatsAppMessageInput, validateSendWhatsAppMessageOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How SendWhatsAppMessage travels: HTTP binding, serde schemas, errors and validators.
 */
export const SendWhatsAppMessageOperation = {
    name: "SendWhatsAppMessage",
    method: "POST",
    uri: "/v1/whatsapp/send",
    code: 200,
    input: schemas.SendWhatsAppMessageInput,
    output: schemas.SendWhatsAppMessageOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ResourceNotFoundException,
        ThrottledRequestException,
        InternalServiceException,
        DependencyException,
    ],
    validateInput: validateSendWhatsAppMessageInput,
    validateOutput: validateSendWhatsAppMessageOutput,
};
/**
 * Send a WhatsApp message. For examples of sending a message using the Amazon Web Services CLI, see [Sending messages](https://docs.aws.amazon.com/social-messaging/latest/userguide/send-message.html) in the __Amazon Web Services End User Messaging Social User Guide__ .
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function sendWhatsAppMessage(client, input, options) {
    return client.send(SendWhatsAppMessageOperation, input, options);
}
//# sourceMappingURL=SendWhatsAppMessage.js.map