import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { AssociateWhatsAppBusinessAccountInput, AssociateWhatsAppBusinessAccountOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * AssociateWhatsAppBusinessAccount complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const AssociateWhatsAppBusinessAccountOperation: $OperationDefinition<AssociateWhatsAppBusinessAccountInput, AssociateWhatsAppBusinessAccountOutput>;
/**
 * This is only used through the Amazon Web Services console during sign-up to associate your
 * WhatsApp Business Account to your Amazon Web Services account.
 *
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, LimitExceededException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, DependencyException.
 */
export declare function associateWhatsAppBusinessAccount(client: SocialmessagingBaseClient, input?: AssociateWhatsAppBusinessAccountInput, options?: $CallOptions): Promise<AssociateWhatsAppBusinessAccountOutput>;
//# sourceMappingURL=AssociateWhatsAppBusinessAccount.d.ts.map