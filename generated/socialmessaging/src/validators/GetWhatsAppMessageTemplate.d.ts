// Validators for GetWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `GetWhatsAppMessageTemplateInput`, the input of GetWhatsAppMessageTemplate: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppMessageTemplateInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `GetWhatsAppMessageTemplateOutput`, the output of GetWhatsAppMessageTemplate.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppMessageTemplateOutput(value: unknown): ValidationIssue[];
