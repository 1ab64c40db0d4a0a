import { validateListTagsForResourceInput, validateListTagsForResourceOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How ListTagsForResource travels: HTTP binding, serde schemas, errors and validators.
 */
export const ListTagsForResourceOperation = {
    name: "ListTagsForResource",
    method: "GET",
    uri: "/v1/tags/list",
    code: 200,
    input: schemas.ListTagsForResourceInput,
    output: schemas.ListTagsForResourceOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ThrottledRequestException,
        InternalServiceException,
    ],
    validateInput: validateListTagsForResourceInput,
    validateOutput: validateListTagsForResourceOutput,
};
/**
 * List all tags associated with a resource, such as a phone number or WABA.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export function listTagsForResource(client, input, options) {
    return client.send(ListTagsForResourceOperation, input, options);
}
//# sourceMappingURL=ListTagsForResource.js.map