import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { GetWhatsAppFlowPreviewInput, GetWhatsAppFlowPreviewOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * GetWhatsAppFlowPreview complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const GetWhatsAppFlowPreviewOperation: $OperationDefinition<GetWhatsAppFlowPreviewInput, GetWhatsAppFlowPreviewOutput>;
/**
 * Generates a web preview URL for testing a WhatsApp Flow before publishing. Preview URLs expire in 30 days and can be shared with stakeholders for review.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function getWhatsAppFlowPreview(client: SocialmessagingBaseClient, input: GetWhatsAppFlowPreviewInput, options?: $CallOptions): Promise<GetWhatsAppFlowPreviewOutput>;
//# sourceMappingURL=GetWhatsAppFlowPreview.d.ts.map