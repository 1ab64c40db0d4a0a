import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { GetLinkedWhatsAppBusinessAccountPhoneNumberInput, GetLinkedWhatsAppBusinessAccountPhoneNumberOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * GetLinkedWhatsAppBusinessAccountPhoneNumber complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const GetLinkedWhatsAppBusinessAccountPhoneNumberOperation: $OperationDefinition<GetLinkedWhatsAppBusinessAccountPhoneNumberInput, GetLinkedWhatsAppBusinessAccountPhoneNumberOutput>;
/**
 * Retrieve the WABA account id and phone number details of a WhatsApp business account phone number.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getLinkedWhatsAppBusinessAccountPhoneNumber(client: SocialmessagingBaseClient, input: GetLinkedWhatsAppBusinessAccountPhoneNumberInput, options?: $CallOptions): Promise<GetLinkedWhatsAppBusinessAccountPhoneNumberOutput>;
//# sourceMappingURL=GetLinkedWhatsAppBusinessAccountPhoneNumber.d.ts.map