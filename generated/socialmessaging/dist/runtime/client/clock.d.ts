/** The offset to sign with from now on, or undefined when the clock is close enough (or no date came). */
export declare function correctedClockOffset(dateHeader: string | undefined, now: number, offset: number): number | undefined;
//# sourceMappingURL=clock.d.ts.map