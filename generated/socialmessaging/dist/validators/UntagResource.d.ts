// Validators for UntagResource, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `UntagResourceInput`, the input of UntagResource: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUntagResourceInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `UntagResourceOutput`, the output of UntagResource.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUntagResourceOutput(value: unknown): ValidationIssue[];
