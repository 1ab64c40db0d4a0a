// Validators for ListLinkedWhatsAppBusinessAccounts, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `ListLinkedWhatsAppBusinessAccountsInput`, the input of ListLinkedWhatsAppBusinessAccounts: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListLinkedWhatsAppBusinessAccountsInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `ListLinkedWhatsAppBusinessAccountsOutput`, the output of ListLinkedWhatsAppBusinessAccounts.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateListLinkedWhatsAppBusinessAccountsOutput(value: unknown): ValidationIssue[];
