// Validators for SendWhatsAppMessage, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `SendWhatsAppMessageInput`, the input of SendWhatsAppMessage: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateSendWhatsAppMessageInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `SendWhatsAppMessageOutput`, the output of SendWhatsAppMessage.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateSendWhatsAppMessageOutput(value: unknown): ValidationIssue[];
