import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { SendWhatsAppMessageInput, SendWhatsAppMessageOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * SendWhatsAppMessage complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const SendWhatsAppMessageOperation: $OperationDefinition<SendWhatsAppMessageInput, SendWhatsAppMessageOutput>;
/**
 * Send a WhatsApp message. For examples of sending a message using the Amazon Web Services CLI, see [Sending messages](https://docs.aws.amazon.com/social-messaging/latest/userguide/send-message.html) in the __Amazon Web Services End User Messaging Social User Guide__ .
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function sendWhatsAppMessage(client: SocialmessagingBaseClient, input: SendWhatsAppMessageInput, options?: $CallOptions): Promise<SendWhatsAppMessageOutput>;
//# sourceMappingURL=SendWhatsAppMessage.d.ts.map