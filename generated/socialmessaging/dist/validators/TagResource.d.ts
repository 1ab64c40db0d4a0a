// Validators for TagResource, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `TagResourceInput`, the input of TagResource: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateTagResourceInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `TagResourceOutput`, the output of TagResource.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateTagResourceOutput(value: unknown): ValidationIssue[];
