// Validators for DisassociateWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `DisassociateWhatsAppBusinessAccountInput`, the input of DisassociateWhatsAppBusinessAccount: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDisassociateWhatsAppBusinessAccountInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `DisassociateWhatsAppBusinessAccountOutput`, the output of DisassociateWhatsAppBusinessAccount.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateDisassociateWhatsAppBusinessAccountOutput(value: unknown): ValidationIssue[];
