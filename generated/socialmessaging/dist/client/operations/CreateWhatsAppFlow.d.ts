import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { CreateWhatsAppFlowInput, CreateWhatsAppFlowOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * CreateWhatsAppFlow complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const CreateWhatsAppFlowOperation: $OperationDefinition<CreateWhatsAppFlowInput, CreateWhatsAppFlowOutput>;
/**
 * Creates a new WhatsApp Flow. Flows enable businesses to create rich, interactive forms and experiences that users can complete without leaving WhatsApp. The Flow is created in DRAFT status. If `publish` is set to `true` and a valid `flowJson` is provided, the Flow is published immediately.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function createWhatsAppFlow(client: SocialmessagingBaseClient, input: CreateWhatsAppFlowInput, options?: $CallOptions): Promise<CreateWhatsAppFlowOutput>;
//# sourceMappingURL=CreateWhatsAppFlow.d.ts.map