// Validators for CreateWhatsAppMessageTemplateMedia, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `CreateWhatsAppMessageTemplateMediaInput`, the input of CreateWhatsAppMessageTemplateMedia: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppMessageTemplateMediaInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `CreateWhatsAppMessageTemplateMediaOutput`, the output of CreateWhatsAppMessageTemplateMedia.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppMessageTemplateMediaOutput(value: unknown): ValidationIssue[];
