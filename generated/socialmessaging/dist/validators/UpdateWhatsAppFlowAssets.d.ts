// Validators for UpdateWhatsAppFlowAssets, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `UpdateWhatsAppFlowAssetsInput`, the input of UpdateWhatsAppFlowAssets: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUpdateWhatsAppFlowAssetsInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `UpdateWhatsAppFlowAssetsOutput`, the output of UpdateWhatsAppFlowAssets.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUpdateWhatsAppFlowAssetsOutput(value: unknown): ValidationIssue[];
