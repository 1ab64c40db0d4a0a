import type { Credentials } from './credentials.js';
import { type SignableRequest, type SigningContext } from './signer.js';
/** The request's headers, lower-cased, plus `authorization`, `x-amz-date` and `x-amz-security-token`. */
export declare function signRequest(request: SignableRequest, credentials: Credentials, context: SigningContext): Promise<Record<string, string>>;
//# sourceMappingURL=nodeSigner.d.ts.map