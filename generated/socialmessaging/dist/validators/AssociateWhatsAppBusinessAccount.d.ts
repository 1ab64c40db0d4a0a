// Validators for AssociateWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `AssociateWhatsAppBusinessAccountInput`, the input of AssociateWhatsAppBusinessAccount: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateAssociateWhatsAppBusinessAccountInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `AssociateWhatsAppBusinessAccountOutput`, the output of AssociateWhatsAppBusinessAccount.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateAssociateWhatsAppBusinessAccountOutput(value: unknown): ValidationIssue[];
