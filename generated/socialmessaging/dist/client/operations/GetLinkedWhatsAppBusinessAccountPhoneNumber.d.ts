import { type CallOptions, type OperationDefinition } from '../../runtime/client/client.js';
import type { GetLinkedWhatsAppBusinessAccountPhoneNumberInput, GetLinkedWhatsAppBusinessAccountPhoneNumberOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * How GetLinkedWhatsAppBusinessAccountPhoneNumber travels: HTTP binding, serde schemas, errors and validators.
 */
export declare const GetLinkedWhatsAppBusinessAccountPhoneNumberOperation: OperationDefinition<GetLinkedWhatsAppBusinessAccountPhoneNumberInput, GetLinkedWhatsAppBusinessAccountPhoneNumberOutput>;
/**
 * Retrieve the WABA account id and phone number details of a WhatsApp business account phone number.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getLinkedWhatsAppBusinessAccountPhoneNumber(client: SocialmessagingBaseClient, input: GetLinkedWhatsAppBusinessAccountPhoneNumberInput, options?: CallOptions): Promise<GetLinkedWhatsAppBusinessAccountPhoneNumberOutput>;
//# sourceMappingURL=GetLinkedWhatsAppBusinessAccountPhoneNumber.d.ts.map