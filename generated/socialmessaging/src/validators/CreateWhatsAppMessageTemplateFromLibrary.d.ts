// Validators for CreateWhatsAppMessageTemplateFromLibrary, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `CreateWhatsAppMessageTemplateFromLibraryInput`, the input of CreateWhatsAppMessageTemplateFromLibrary: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppMessageTemplateFromLibraryInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `CreateWhatsAppMessageTemplateFromLibraryOutput`, the output of CreateWhatsAppMessageTemplateFromLibrary.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppMessageTemplateFromLibraryOutput(value: unknown): ValidationIssue[];
