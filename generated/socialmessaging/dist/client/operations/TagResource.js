import { validateTagResourceInput, validateTagResourceOutput } from '../../validators/index.js';
import { ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException, } from '../errors.js';
import * as schemas from '../schemas.js';
/**
 * How TagResource travels: HTTP binding, serde schemas, errors and validators.
 */
export const TagResourceOperation = {
    name: "TagResource",
    method: "POST",
    uri: "/v1/tags/tag-resource",
    code: 200,
    input: schemas.TagResourceInput,
    output: schemas.TagResourceOutput,
    errors: [
        ValidationException,
        AccessDeniedException,
        InvalidParametersException,
        ThrottledRequestException,
        InternalServiceException,
    ],
    validateInput: validateTagResourceInput,
    validateOutput: validateTagResourceOutput,
};
/**
 * Adds or overwrites only the specified tags for the specified resource. When you specify an existing tag key, the value is overwritten with the new value.
 *
 * @throws {@link SocialmessagingServiceException} or one of its modeled subclasses: ValidationException, AccessDeniedException, InvalidParametersException, ThrottledRequestException, InternalServiceException.
 */
export function tagResource(client, input, options) {
    return client.send(TagResourceOperation, input, options);
}
//# sourceMappingURL=TagResource.js.map