// Validators for GetWhatsAppFlowPreview, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `GetWhatsAppFlowPreviewInput`, the input of GetWhatsAppFlowPreview: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppFlowPreviewInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `GetWhatsAppFlowPreviewOutput`, the output of GetWhatsAppFlowPreview.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppFlowPreviewOutput(value: unknown): ValidationIssue[];
