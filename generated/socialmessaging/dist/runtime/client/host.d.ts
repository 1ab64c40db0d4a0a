/**
 * Host prefixes (Smithy's `endpoint` trait): an operation can send to `data.` + the endpoint's
 * host, its `{labels}` filled in from the input members of those names (marked `hostLabel`). A
 * label value becomes part of a host name, so anything but host name labels could send the request
 * elsewhere: it is refused before anything is sent.
 */
import { type Bag } from '../protocol/data.js';
/** Puts an operation's host prefix in front of an endpoint's host, its labels filled in from the input. */
export type HostPrefix = (endpoint: string, operation: string, input: Bag) => string;
/**
 * The host prefix of an operation that has one. Generated operation files call this, so a bundle
 * carries this module only when it sends such an operation.
 */
export declare function hostPrefix(template: string): HostPrefix;
/** `https://example.com` with prefix `{id}.data.` and `id: 'abc'` → `https://abc.data.example.com`. */
export declare function prefixEndpoint(endpoint: string, operation: string, prefix: string, input: Bag): string;
//# sourceMappingURL=host.d.ts.map