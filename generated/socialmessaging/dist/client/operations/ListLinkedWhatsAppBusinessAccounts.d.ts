import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { ListLinkedWhatsAppBusinessAccountsInput, ListLinkedWhatsAppBusinessAccountsOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * ListLinkedWhatsAppBusinessAccounts complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const ListLinkedWhatsAppBusinessAccountsOperation: $OperationDefinition<ListLinkedWhatsAppBusinessAccountsInput, ListLinkedWhatsAppBusinessAccountsOutput>;
/**
 * List all WhatsApp Business Accounts linked to your Amazon Web Services account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, InternalServiceException.
 */
export declare function listLinkedWhatsAppBusinessAccounts(client: SocialmessagingBaseClient, input?: ListLinkedWhatsAppBusinessAccountsInput, options?: $CallOptions): Promise<ListLinkedWhatsAppBusinessAccountsOutput>;
//# sourceMappingURL=ListLinkedWhatsAppBusinessAccounts.d.ts.map