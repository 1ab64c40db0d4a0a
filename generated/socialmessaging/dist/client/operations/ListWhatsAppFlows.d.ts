import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { ListWhatsAppFlowsInput, ListWhatsAppFlowsOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * ListWhatsAppFlows complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const ListWhatsAppFlowsOperation: $OperationDefinition<ListWhatsAppFlowsInput, ListWhatsAppFlowsOutput>;
/**
 * Lists all WhatsApp Flows for a WhatsApp Business Account. Returns summary information including Flow ID, name, status, and categories.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function listWhatsAppFlows(client: SocialmessagingBaseClient, input: ListWhatsAppFlowsInput, options?: $CallOptions): Promise<ListWhatsAppFlowsOutput>;
//# sourceMappingURL=ListWhatsAppFlows.d.ts.map