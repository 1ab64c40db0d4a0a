import { validateCreateWhatsAppDatasetInput, validateCreateWhatsAppDatasetOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How CreateWhatsAppDataset travels: HTTP binding, serde schemas, errors and validators.
 */
export const CreateWhatsAppDatasetOperation = {
    name: "CreateWhatsAppDataset",
    method: "POST",
    uri: "/v1/whatsapp/waba/dataset",
    code: 200,
    input: schemas.CreateWhatsAppDatasetInput,
    output: schemas.CreateWhatsAppDatasetOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        ResourceNotFoundException,
        InvalidParametersException,
        AccessDeniedByMetaException,
        ThrottledRequestException,
        InternalServiceException,
        DependencyException,
    ],
    validateInput: validateCreateWhatsAppDatasetInput,
    validateOutput: validateCreateWhatsAppDatasetOutput,
};
/**
 * Creates a Meta Conversions API dataset for a WhatsApp Business Account.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, ResourceNotFoundException, InvalidParametersException, AccessDeniedByMetaException, ThrottledRequestException, InternalServiceException, DependencyException.
 */
export function createWhatsAppDataset(client, input, options) {
    return client.send(CreateWhatsAppDatasetOperation, input, options);
}
//# sourceMappingURL=CreateWhatsAppDataset.js.map