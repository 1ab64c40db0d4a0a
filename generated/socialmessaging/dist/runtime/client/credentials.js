/**
 * Credentials: static keys, the standard `AWS_*` environment variables, or any provider function
 * with the shape of AWS SDK v3's (`() => Promise<{ accessKeyId, secretAccessKey, sessionToken?,
 * expiration? }>`), so `fromIni()` or `fromNodeProviderChain()` can be passed in without this
 * package depending on them.
 */
export class CredentialsError extends Error {
    name = 'CredentialsError';
}
/** `process.env` where there is one (Node, Deno, Bun); empty in browsers, without importing Node. */
export function environment() {
    return globalThis.process?.env ?? {};
}
/** Reads the environment when called, not when the client is built. */
export function fromEnv() {
    const env = environment();
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
        return Promise.reject(new CredentialsError('no credentials: pass `credentials` to the client or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'));
    }
    const sessionToken = env.AWS_SESSION_TOKEN || undefined;
    const expiry = env.AWS_CREDENTIAL_EXPIRATION;
    return Promise.resolve({ accessKeyId, secretAccessKey, sessionToken, expiration: expiry ? new Date(expiry) : undefined });
}
/** Refresh this long before `expiration`, so a request signed now is not rejected in flight. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
/**
 * Caches what a provider returns until shortly before it expires, and shares one pending fetch
 * between concurrent calls so a burst of requests does not call the provider once each.
 */
export function cachedCredentials(source, now) {
    if (source && typeof source === 'object')
        return () => Promise.resolve(source);
    const provider = source ?? fromEnv;
    let current;
    let expiresAt = 0;
    return () => {
        if (!current || now() >= expiresAt) {
            current = provider().then((creds) => {
                expiresAt = creds.expiration ? creds.expiration.getTime() - REFRESH_MARGIN_MS : Infinity;
                return creds;
            }, (error) => {
                current = undefined;
                throw error;
            });
            expiresAt = Infinity;
        }
        return current;
    };
}
//# sourceMappingURL=credentials.js.map