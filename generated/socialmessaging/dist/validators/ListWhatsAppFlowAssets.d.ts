// Validators for ListWhatsAppFlowAssets, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `ListWhatsAppFlowAssetsInput`, the input of ListWhatsAppFlowAssets: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppFlowAssetsInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `ListWhatsAppFlowAssetsOutput`, the output of ListWhatsAppFlowAssets.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppFlowAssetsOutput(value: unknown): ValidationIssue[];
