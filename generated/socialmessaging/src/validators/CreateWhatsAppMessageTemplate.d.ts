// Validators for CreateWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `CreateWhatsAppMessageTemplateInput`, the input of CreateWhatsAppMessageTemplate: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppMessageTemplateInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `CreateWhatsAppMessageTemplateOutput`, the output of CreateWhatsAppMessageTemplate.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppMessageTemplateOutput(value: unknown): ValidationIssue[];
