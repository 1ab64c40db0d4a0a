// Validators for UpdateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `UpdateWhatsAppFlowInput`, the input of UpdateWhatsAppFlow: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUpdateWhatsAppFlowInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `UpdateWhatsAppFlowOutput`, the output of UpdateWhatsAppFlow.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateUpdateWhatsAppFlowOutput(value: unknown): ValidationIssue[];
