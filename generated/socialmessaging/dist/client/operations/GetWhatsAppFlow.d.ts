import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { GetWhatsAppFlowInput, GetWhatsAppFlowOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * GetWhatsAppFlow complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const GetWhatsAppFlowOperation: $OperationDefinition<GetWhatsAppFlowInput, GetWhatsAppFlowOutput>;
/**
 * Retrieves the metadata and status of a WhatsApp Flow, including validation errors, preview information, and health status.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getWhatsAppFlow(client: SocialmessagingBaseClient, input: GetWhatsAppFlowInput, options?: $CallOptions): Promise<GetWhatsAppFlowOutput>;
//# sourceMappingURL=GetWhatsAppFlow.d.ts.map