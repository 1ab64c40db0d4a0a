// Validators for ListWhatsAppMessageTemplates, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `ListWhatsAppMessageTemplatesInput`, the input of ListWhatsAppMessageTemplates: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppMessageTemplatesInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `ListWhatsAppMessageTemplatesOutput`, the output of ListWhatsAppMessageTemplates.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppMessageTemplatesOutput(value: unknown): ValidationIssue[];
