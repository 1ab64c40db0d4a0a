// Validators for ListWhatsAppFlows, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `ListWhatsAppFlowsInput`, the input of ListWhatsAppFlows: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppFlowsInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `ListWhatsAppFlowsOutput`, the output of ListWhatsAppFlows.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListWhatsAppFlowsOutput(value: unknown): ValidationIssue[];
