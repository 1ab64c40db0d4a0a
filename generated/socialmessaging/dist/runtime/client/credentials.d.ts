/**
 * Credentials: static keys, the standard `AWS_*` environment variables, or any provider function
 * with the shape of AWS SDK v3's (`() => Promise<{ accessKeyId, secretAccessKey, sessionToken?,
 * expiration? }>`), so `fromIni()` or `fromNodeProviderChain()` can be passed in without this
 * package depending on them.
 */
export interface Credentials {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
    /** When temporary credentials stop working; the client fetches new ones before then. */
    expiration?: Date;
}
export type CredentialProvider = () => Promise<Credentials>;
export declare class CredentialsError extends Error {
    name: string;
}
/** `process.env` where there is one (Node, Deno, Bun); empty in browsers, without importing Node. */
export declare function environment(): Record<string, string | undefined>;
/** Reads the environment when called, not when the client is built. */
export declare function fromEnv(): Promise<Credentials>;
/**
 * Caches what a provider returns until shortly before it expires, and shares one pending fetch
 * between concurrent calls so a burst of requests does not call the provider once each.
 */
export declare function cachedCredentials(source: Credentials | CredentialProvider | undefined, now: () => number): CredentialProvider;
//# sourceMappingURL=credentials.d.ts.map