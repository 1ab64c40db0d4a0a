// Validators for ListTagsForResource, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `ListTagsForResourceInput`, the input of ListTagsForResource: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListTagsForResourceInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `ListTagsForResourceOutput`, the output of ListTagsForResource.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListTagsForResourceOutput(value: unknown): ValidationIssue[];
