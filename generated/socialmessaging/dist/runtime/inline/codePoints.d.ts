/** Length in Unicode code points: a surrogate pair counts once, a lone surrogate once. */
export declare function codePoints(s: string): number;
//# sourceMappingURL=codePoints.d.ts.map