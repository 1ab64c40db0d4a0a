import { validateUntagResourceInput, validateUntagResourceOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How UntagResource travels: HTTP binding, serde schemas, errors and validators.
 */
export const UntagResourceOperation = {
    name: "UntagResource",
    method: "POST",
    uri: "/v1/tags/untag-resource",
    code: 200,
    input: schemas.UntagResourceInput,
    output: schemas.UntagResourceOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ThrottledRequestException,
        InternalServiceException,
    ],
    validateInput: validateUntagResourceInput,
    validateOutput: validateUntagResourceOutput,
};
/**
 * Removes the specified tags from a resource.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export function untagResource(client, input, options) {
    return client.send(UntagResourceOperation, input, options);
}
//# sourceMappingURL=UntagResource.js.map