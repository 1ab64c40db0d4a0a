// Validators for DeleteWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `DeleteWhatsAppFlowInput`, the input of DeleteWhatsAppFlow: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeleteWhatsAppFlowInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `DeleteWhatsAppFlowOutput`, the output of DeleteWhatsAppFlow.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeleteWhatsAppFlowOutput(value: unknown): ValidationIssue[];
