// Validators for GetLinkedWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `GetLinkedWhatsAppBusinessAccountInput`, the input of GetLinkedWhatsAppBusinessAccount: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetLinkedWhatsAppBusinessAccountInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `GetLinkedWhatsAppBusinessAccountOutput`, the output of GetLinkedWhatsAppBusinessAccount.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateGetLinkedWhatsAppBusinessAccountOutput(value: unknown): ValidationIssue[];
