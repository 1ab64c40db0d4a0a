import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { GetLinkedWhatsAppBusinessAccountInput, GetLinkedWhatsAppBusinessAccountOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * GetLinkedWhatsAppBusinessAccount complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const GetLinkedWhatsAppBusinessAccountOperation: $OperationDefinition<GetLinkedWhatsAppBusinessAccountInput, GetLinkedWhatsAppBusinessAccountOutput>;
/**
 * Get the details of your linked WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getLinkedWhatsAppBusinessAccount(client: SocialmessagingBaseClient, input: GetLinkedWhatsAppBusinessAccountInput, options?: $CallOptions): Promise<GetLinkedWhatsAppBusinessAccountOutput>;
//# sourceMappingURL=GetLinkedWhatsAppBusinessAccount.d.ts.map