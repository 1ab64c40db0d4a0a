// Validators for UpdateWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `UpdateWhatsAppMessageTemplateInput`, the input of UpdateWhatsAppMessageTemplate: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUpdateWhatsAppMessageTemplateInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `UpdateWhatsAppMessageTemplateOutput`, the output of UpdateWhatsAppMessageTemplate.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUpdateWhatsAppMessageTemplateOutput(value: unknown): ValidationIssue[];
