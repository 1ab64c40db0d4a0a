/**
 * Host prefixes (Smithy's `endpoint` trait): an operation can send to `data.` + the endpoint's
 * host, its `{labels}` filled in from the input members of those names (marked `hostLabel`). A
 * label value becomes part of a host name, so anything but host name labels could send the request
 * elsewhere: it is refused before anything is sent.
 */
import { getOwn } from '../protocol/data.js';
import { DNS_LABEL } from '../protocol/http.js';
import { InputValidationError } from './exceptions.js';
/**
 * The host prefix of an operation that has one. Generated operation files call this, so a bundle
 * carries this module only when it sends such an operation.
 */
export function hostPrefix(template) {
    return (endpoint, operation, input) => prefixEndpoint(endpoint, operation, template, input);
}
/** `https://example.com` with prefix `{id}.data.` and `id: 'abc'` → `https://abc.data.example.com`. */
export function prefixEndpoint(endpoint, operation, prefix, input) {
    const issues = [];
    const expanded = prefix.replace(/\{([^{}]+)\}/g, (_, name) => {
        const value = getOwn(input, name);
        // One or more dot-separated labels, as botocore and AWS SDKs allow (`a.b` fills two).
        if (typeof value === 'string' && value.split('.').every((label) => DNS_LABEL.test(label)))
            return value;
        issues.push({
            path: `/${name}`,
            constraint: 'hostLabel',
            message: 'is part of the host name: dot-separated labels of letters, digits and -, each 1 to 63 characters, not starting or ending with -',
        });
        return '';
    });
    if (issues.length > 0)
        throw new InputValidationError(operation, issues);
    return endpoint.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)/, `$1${expanded}`);
}
//# sourceMappingURL=host.js.map