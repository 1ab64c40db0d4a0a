// Validators for PutWhatsAppBusinessAccountEventDestinations, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `PutWhatsAppBusinessAccountEventDestinationsInput`, the input of PutWhatsAppBusinessAccountEventDestinations: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validatePutWhatsAppBusinessAccountEventDestinationsInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `PutWhatsAppBusinessAccountEventDestinationsOutput`, the output of PutWhatsAppBusinessAccountEventDestinations.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validatePutWhatsAppBusinessAccountEventDestinationsOutput(value: unknown): ValidationIssue[];
