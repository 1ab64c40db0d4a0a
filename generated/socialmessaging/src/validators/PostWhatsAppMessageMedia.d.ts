// Validators for PostWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `PostWhatsAppMessageMediaInput`, the input of PostWhatsAppMessageMedia: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validatePostWhatsAppMessageMediaInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `PostWhatsAppMessageMediaOutput`, the output of PostWhatsAppMessageMedia.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validatePostWhatsAppMessageMediaOutput(value: unknown): ValidationIssue[];
