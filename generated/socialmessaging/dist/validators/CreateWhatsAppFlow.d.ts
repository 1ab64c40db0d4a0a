// Validators for CreateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `CreateWhatsAppFlowInput`, the input of CreateWhatsAppFlow: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppFlowInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `CreateWhatsAppFlowOutput`, the output of CreateWhatsAppFlow.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppFlowOutput(value: unknown): ValidationIssue[];
