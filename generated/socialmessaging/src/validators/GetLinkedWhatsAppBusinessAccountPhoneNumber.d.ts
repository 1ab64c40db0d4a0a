// Validators for GetLinkedWhatsAppBusinessAccountPhoneNumber, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `GetLinkedWhatsAppBusinessAccountPhoneNumberInput`, the input of GetLinkedWhatsAppBusinessAccountPhoneNumber: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `GetLinkedWhatsAppBusinessAccountPhoneNumberOutput`, the output of GetLinkedWhatsAppBusinessAccountPhoneNumber.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput(value: unknown): ValidationIssue[];
