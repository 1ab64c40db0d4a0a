// Validators for GetWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `GetWhatsAppFlowInput`, the input of GetWhatsAppFlow: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppFlowInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `GetWhatsAppFlowOutput`, the output of GetWhatsAppFlow.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetWhatsAppFlowOutput(value: unknown): ValidationIssue[];
