/**
 * Cases that cannot pass until the IR carries what they test; each names the missing piece. A case
 * that starts passing must be taken off this list, so the list never hides a regression.
 */
export const KNOWN_FAILURES: Record<string, string> = {
  RestJsonEndpointTrait: 'the IR has no endpoint hostPrefix (botocore `endpoint.hostPrefix`)',
  RestJsonEndpointTraitWithHostLabel: 'the IR has no endpoint hostPrefix or host labels',
  RestJsonHttpChecksumRequired: 'the IR has no httpChecksumRequired, and Content-MD5 needs MD5, which Web Crypto lacks',
  SDKAppliedContentEncoding_restJson1: 'the IR has no requestCompression trait',
  SDKAppendedGzipAfterProvidedEncoding_restJson1: 'the IR has no requestCompression trait',
};

