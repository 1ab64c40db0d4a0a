/**
 * Validation messages may quote the value they reject. When the value sits at or under a sensitive
 * member, the message is replaced: a secret must not reach logs through an error message.
 */
import { type Schema } from '../protocol/schema.js';
import type { ValidationIssue } from './exceptions.js';
export declare function isSensitivePath(schema: Schema, pointer: string): boolean;
export declare function redactIssues(schema: Schema, issues: ValidationIssue[]): ValidationIssue[];
//# sourceMappingURL=redact.d.ts.map