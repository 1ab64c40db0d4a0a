/**
 * SigV4 signing through aws4fetch, where the runtime has no `node:crypto` (browsers, workers; on
 * Node, platform.ts signs with aws4 instead, nodeSigner.ts): a well-kept signer with no
 * dependencies, whose SHA-256 and HMAC are Web Crypto's. Chosen over @smithy/signature-v4 after running
 * both against AWS's SigV4 test suite (test/conformance/compare-signers.ts): configured like this
 * client, aws4fetch signs 34 of 34 vectors and Smithy's signer 32 (it skips `//` normalisation when
 * path escaping is off); aws4fetch adds 2.5 KB gzipped to a bundle, Smithy's signer with a SHA-256
 * 8.4 KB in a browser bundle and 54 KB in a Node one. Only the request's shape is adapted here.
 */
import { AwsV4Signer } from 'aws4fetch';
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
     * HMACs of key derivation run once a day instead of on every request. (aws4, the Node signer,
     * keeps its own: a process-wide cache of its 1,000 most recent keys.)
     */
    keyCache?: Map<string, ArrayBuffer>;
    /**
     * AWS services other than S3 expect the already-encoded path to be encoded once more in the
     * canonical request (as AWS SDKs do). AWS's test suite describes the single-encoded form.
     */
    doubleEncodePath?: boolean;
}
/** The signer of one request; tests read its canonical request and string to sign. */
export declare function prepareSigner(request: SignableRequest, credentials: Credentials, context: SigningContext): AwsV4Signer;
/** The request's headers, lower-cased, plus `authorization`, `x-amz-date` and `x-amz-security-token`. */
export declare function signRequest(request: SignableRequest, credentials: Credentials, context: SigningContext): Promise<Record<string, string>>;
/** `20150830T123600Z`: the time as SigV4 writes it. */
export declare function amzDate(date: Date): string;
//# sourceMappingURL=signer.d.ts.map