/**
 * Host prefixes (Smithy's `endpoint` trait): an operation can send to `data.` + the endpoint's
 * host, its `{labels}` filled in from the input members of those names (marked `hostLabel`). A
 * label value becomes part of a host name, so anything but host name labels could send the request
 * elsewhere: it is refused before anything is sent.
 */
import { type Bag, getOwn } from '../protocol/data.js';
import { DNS_LABEL } from '../protocol/http.js';
import { InputValidationError, type ValidationIssue } from './exceptions.js';

/** Puts an operation's host prefix in front of an endpoint's host, its labels filled in from the input. */
export type HostPrefix = (endpoint: string, operation: string, input: Bag) => string;

/**
 * The host prefix of an operation that has one. Generated operation files call this, so a bundle
 * carries this module only when it sends such an operation.
 */
export function hostPrefix(template: string): HostPrefix {
  return (endpoint, operation, input) => prefixEndpoint(endpoint, operation, template, input);
}

/** `https://example.com` with prefix `{id}.data.` and `id: 'abc'` → `https://abc.data.example.com`. */
export function prefixEndpoint(endpoint: string, operation: string, prefix: string, input: Bag): string {
  const issues: ValidationIssue[] = [];
  const expanded = prefix.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = getOwn(input, name);
    // One or more dot-separated labels, as botocore and AWS SDKs allow (`a.b` fills two).
    if (typeof value === 'string' && value.split('.').every((label) => DNS_LABEL.test(label))) return value;
    issues.push({
      path: `/${name}`,
      constraint: 'hostLabel',
      message: 'is part of the host name: dot-separated labels of letters, digits and -, each 1 to 63 characters, not starting or ending with -',
    });
    return '';
  });
  if (issues.length > 0) throw new InputValidationError(operation, issues);
  return endpoint.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)/, `$1${expanded}`);
}
