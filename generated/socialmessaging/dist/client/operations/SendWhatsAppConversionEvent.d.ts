import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { SendWhatsAppConversionEventInput, SendWhatsAppConversionEventOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * SendWhatsAppConversionEvent complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const SendWhatsAppConversionEventOperation: $OperationDefinition<SendWhatsAppConversionEventInput, SendWhatsAppConversionEventOutput>;
/**
 * Sends a conversion event to Meta's Conversions API for the specified WhatsApp Business Account dataset.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, AccessDeniedByMetaException, InternalServiceException, DependencyException.
 */
export declare function sendWhatsAppConversionEvent(client: SocialmessagingBaseClient, input: SendWhatsAppConversionEventInput, options?: $CallOptions): Promise<SendWhatsAppConversionEventOutput>;
//# sourceMappingURL=SendWhatsAppConversionEvent.d.ts.map