/**
 * Cases that cannot pass until the IR carries what they test; each names the missing piece. A case
 * that starts passing must be taken off this list, so the list never hides a regression.
 */
export const KNOWN_FAILURES: Record<string, string> = {};

