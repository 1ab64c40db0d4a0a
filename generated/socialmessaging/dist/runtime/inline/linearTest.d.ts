/**
 * A linear-time test for regular expressions: a Thompson NFA run as a lazily built DFA, the way
 * RE2 does. A backtracking engine can take exponential or polynomial time on a crafted string
 * (`arn:.*:iam::...` on "arn:" × 2,500 takes about 200 ms in V8); this reads each code point once
 * and, once a state has seen a code point, moves on with one map lookup.
 *
 * Programs are compiled from the model's patterns at generation time (see
 * generator/emit/validators/linearProgram.ts). Classes that need Unicode tables are native `u`
 * regular expressions over one code point, so what a class matches is exactly what JavaScript
 * means by it; only the control structure runs here.
 *
 * Instructions are arrays `[kind, a, b]`:
 *   0 char [0, classIndex, next]   1 split [1, next1, next2]   2 assert [2, kind, next]
 *   3 match [3]                     4 jump [4, next]
 * with assert kinds 0 `^`, 1 `$`, 2 `\b`, 3 `\B`.
 *
 * This file is written into generated validators as source, so it holds one self-contained
 * function: no imports, no references outside it.
 */
export interface LinearProgram {
    insts: number[][];
    /**
     * What each char instruction accepts: sorted inclusive code-point ranges `[from, to, ...]`
     * (`negated` inverts them), or a native `u` regular expression tested on the one code point.
     */
    classes: ({
        ranges: number[];
        negated: boolean;
    } | RegExp)[];
}
export declare function linearTest(program: LinearProgram, input: string): boolean;
//# sourceMappingURL=linearTest.d.ts.map