// Validators for DeprecateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `DeprecateWhatsAppFlowInput`, the input of DeprecateWhatsAppFlow: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeprecateWhatsAppFlowInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `DeprecateWhatsAppFlowOutput`, the output of DeprecateWhatsAppFlow.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDeprecateWhatsAppFlowOutput(value: unknown): ValidationIssue[];
