import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { DeprecateWhatsAppFlowInput, DeprecateWhatsAppFlowOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * DeprecateWhatsAppFlow complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const DeprecateWhatsAppFlowOperation: $OperationDefinition<DeprecateWhatsAppFlowInput, DeprecateWhatsAppFlowOutput>;
/**
 * Deprecates a published WhatsApp Flow, marking it as no longer recommended for use. The Flow must be in PUBLISHED status. This is an irreversible operation.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function deprecateWhatsAppFlow(client: SocialmessagingBaseClient, input: DeprecateWhatsAppFlowInput, options?: $CallOptions): Promise<DeprecateWhatsAppFlowOutput>;
//# sourceMappingURL=DeprecateWhatsAppFlow.d.ts.map