// Validators for ListWhatsAppTemplateLibrary, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `ListWhatsAppTemplateLibraryInput`, the input of ListWhatsAppTemplateLibrary: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppTemplateLibraryInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `ListWhatsAppTemplateLibraryOutput`, the output of ListWhatsAppTemplateLibrary.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppTemplateLibraryOutput(value: unknown): ValidationIssue[];
