// Validators for CreateWhatsAppDataset, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `CreateWhatsAppDatasetInput`, the input of CreateWhatsAppDataset: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppDatasetInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `CreateWhatsAppDatasetOutput`, the output of CreateWhatsAppDataset.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validateCreateWhatsAppDatasetOutput(value: unknown): ValidationIssue[];
