import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { PublishWhatsAppFlowInput, PublishWhatsAppFlowOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * PublishWhatsAppFlow complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const PublishWhatsAppFlowOperation: $OperationDefinition<PublishWhatsAppFlowInput, PublishWhatsAppFlowOutput>;
/**
 * Publishes a WhatsApp Flow, making it available for use in template messages. The Flow must be in DRAFT status with valid Flow JSON that passes Meta's validation. This is an irreversible operation.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function publishWhatsAppFlow(client: SocialmessagingBaseClient, input: PublishWhatsAppFlowInput, options?: $CallOptions): Promise<PublishWhatsAppFlowOutput>;
//# sourceMappingURL=PublishWhatsAppFlow.d.ts.map