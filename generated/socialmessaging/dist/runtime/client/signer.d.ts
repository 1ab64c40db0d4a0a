import type { Credentials } from './credentials.js';
export interface SignableRequest {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string | Uint8Array;
}
export interface SigningContext {
    region: string;
    service: string;
    date: Date;
    /**
     * Derived signing keys by secret, date, region and service. A client keeps one, so the four
     * HMACs of key derivation run once a day instead of on every request.
     */
    keyCache?: Map<string, Uint8Array>;
    /**
     * AWS services other than S3 expect the already-encoded path to be encoded once more in the
     * canonical request (as AWS SDKs do). AWS's test suite describes the single-encoded form.
     */
    doubleEncodePath?: boolean;
}
/** What signing one request works out before the signature itself. */
export interface CanonicalRequest {
    /** The request's headers, lower-cased, with `x-amz-date` (and `x-amz-security-token`). */
    headers: Record<string, string>;
    /** `20150830T123600Z` */
    datetime: string;
    /** `20150830/us-east-1/service/aws4_request` */
    scope: string;
    signedHeaders: string;
    canonical: string;
    stringToSign: string;
}
export declare function canonicalRequest(request: SignableRequest, credentials: Credentials, context: SigningContext): Promise<CanonicalRequest>;
/** The request's headers (lower-cased) plus `authorization`, `x-amz-date` and `x-amz-security-token`. */
export declare function signRequest(request: SignableRequest, credentials: Credentials, context: SigningContext): Promise<Record<string, string>>;
//# sourceMappingURL=signer.d.ts.map