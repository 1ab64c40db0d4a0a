/**
 * Clock skew. A SigV4 signature carries the time it was made, and AWS refuses one more than five
 * minutes off its own clock. As AWS SDKs do, a client whose clock is that far off learns the
 * offset from a response's `Date` header, signs with it from then on, and retries an attempt that
 * was refused for the skew it has just corrected.
 */
const MAX_SKEW_MS = 5 * 60 * 1000;
/** The offset to sign with from now on, or undefined when the clock is close enough (or no date came). */
export function correctedClockOffset(dateHeader, now, offset) {
    const serverTime = dateHeader === undefined ? NaN : Date.parse(dateHeader);
    if (Number.isNaN(serverTime) || Math.abs(serverTime - (now + offset)) < MAX_SKEW_MS)
        return undefined;
    return serverTime - now;
}
//# sourceMappingURL=clock.js.map