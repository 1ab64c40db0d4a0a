// Validators for DeleteWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `DeleteWhatsAppMessageMediaInput`, the input of DeleteWhatsAppMessageMedia: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeleteWhatsAppMessageMediaInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `DeleteWhatsAppMessageMediaOutput`, the output of DeleteWhatsAppMessageMedia.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeleteWhatsAppMessageMediaOutput(value: unknown): ValidationIssue[];
