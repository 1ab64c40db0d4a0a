import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { PutWhatsAppBusinessAccountEventDestinationsInput, PutWhatsAppBusinessAccountEventDestinationsOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * PutWhatsAppBusinessAccountEventDestinations complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const PutWhatsAppBusinessAccountEventDestinationsOperation: $OperationDefinition<PutWhatsAppBusinessAccountEventDestinationsInput, PutWhatsAppBusinessAccountEventDestinationsOutput>;
/**
 * Add an event destination to log event data from WhatsApp for a WhatsApp Business Account (WABA). A WABA can only have one event destination at a time. All resources associated with the WABA use the same event destination.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export declare function putWhatsAppBusinessAccountEventDestinations(client: SocialmessagingBaseClient, input: PutWhatsAppBusinessAccountEventDestinationsInput, options?: $CallOptions): Promise<PutWhatsAppBusinessAccountEventDestinationsOutput>;
//# sourceMappingURL=PutWhatsAppBusinessAccountEventDestinations.d.ts.map