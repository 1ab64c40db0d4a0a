import type { ValidationIssue } from './exceptions.js';
/** Member name (or `*` for any list item or map key) → sensitive (`true`) or the tree beneath. */
export interface Sensitivity {
    readonly [key: string]: true | (() => Sensitivity);
}
export declare function isSensitivePath(tree: Sensitivity, pointer: string): boolean;
export declare function redactIssues(tree: Sensitivity | undefined, issues: ValidationIssue[]): ValidationIssue[];
//# sourceMappingURL=redact.d.ts.map