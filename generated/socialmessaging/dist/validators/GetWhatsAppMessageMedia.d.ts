// Validators for GetWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `GetWhatsAppMessageMediaInput`, the input of GetWhatsAppMessageMedia: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppMessageMediaInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `GetWhatsAppMessageMediaOutput`, the output of GetWhatsAppMessageMedia.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppMessageMediaOutput(value: unknown): ValidationIssue[];
