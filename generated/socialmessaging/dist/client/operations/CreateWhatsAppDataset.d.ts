import { type CallOptions as $CallOptions, type OperationDefinition as $OperationDefinition } from '../../runtime/client/client.js';
import type { CreateWhatsAppDatasetInput, CreateWhatsAppDatasetOutput } from '../../types.js';
import type { SocialmessagingBaseClient } from '../service.js';
/**
 * CreateWhatsAppDataset complete: request, response, errors, validators, and its HTTP binding and serde schemas as data for the mock server.
 */
export declare const CreateWhatsAppDatasetOperation: $OperationDefinition<CreateWhatsAppDatasetInput, CreateWhatsAppDatasetOutput>;
/**
 * Creates a Meta Conversions API dataset for a WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export declare function createWhatsAppDataset(client: SocialmessagingBaseClient, input: CreateWhatsAppDatasetInput, options?: $CallOptions): Promise<CreateWhatsAppDatasetOutput>;
//# sourceMappingURL=CreateWhatsAppDataset.d.ts.map