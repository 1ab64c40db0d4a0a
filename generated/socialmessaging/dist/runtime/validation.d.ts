/**
 * Validation results as the generated validators report them. Shipped inside the generated
 * package; the validators are AJV standalone code compiled at generation time, and this module
 * turns AJV's error objects into issues a person can read.
 */
/** One broken constraint. */
export interface ValidationIssue {
    /** JSON Pointer to the offending value (`/setupFinalization/phoneNumbers/0/id`); `` is the root. */
    path: string;
    /** The constraint that failed: `required`, `type`, `length`, `pattern`, `enum`, `range`, `unknownMember`, `union`, `uniqueItems`, or a rule kind such as `atMostOneOf`. */
    constraint: string;
    /** What is wrong, without the offending value (it may be a secret). */
    message: string;
}
/** The subset of AJV's error object the generated validators produce. */
export interface ValidatorError {
    instancePath: string;
    /** Set when the error is about a map key rather than a value. */
    propertyName?: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
}
/** Maps AJV errors to issues, one per broken constraint, in the order AJV found them. */
export declare function toIssues(errors: readonly ValidatorError[] | null | undefined): ValidationIssue[];
//# sourceMappingURL=validation.d.ts.map