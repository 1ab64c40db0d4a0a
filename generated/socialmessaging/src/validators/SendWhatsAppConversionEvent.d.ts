// Validators for SendWhatsAppConversionEvent, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `SendWhatsAppConversionEventInput`, the input of SendWhatsAppConversionEvent: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateSendWhatsAppConversionEventInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `SendWhatsAppConversionEventOutput`, the output of SendWhatsAppConversionEvent.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateSendWhatsAppConversionEventOutput(value: unknown): ValidationIssue[];
