// Validators for DeleteWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `DeleteWhatsAppMessageTemplateInput`, the input of DeleteWhatsAppMessageTemplate: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeleteWhatsAppMessageTemplateInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `DeleteWhatsAppMessageTemplateOutput`, the output of DeleteWhatsAppMessageTemplate.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeleteWhatsAppMessageTemplateOutput(value: unknown): ValidationIssue[];
