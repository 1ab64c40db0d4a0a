import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { DisassociateWhatsAppBusinessAccountInput, DisassociateWhatsAppBusinessAccountOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * DisassociateWhatsAppBusinessAccount complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const DisassociateWhatsAppBusinessAccountOperation: $OperationDefinition<DisassociateWhatsAppBusinessAccountInput, DisassociateWhatsAppBusinessAccountOutput>;
/**
 * Disassociate a WhatsApp Business Account (WABA) from your Amazon Web Services account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ResourceNotFoundException, ThrottledRequestException, DependencyException.
 */
export declare function disassociateWhatsAppBusinessAccount(client: SocialmessagingBaseClient, input: DisassociateWhatsAppBusinessAccountInput, options?: $CallOptions): Promise<DisassociateWhatsAppBusinessAccountOutput>;
//# sourceMappingURL=DisassociateWhatsAppBusinessAccount.d.ts.map