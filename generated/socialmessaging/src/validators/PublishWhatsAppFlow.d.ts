// Validators for PublishWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import type { ValidationIssue } from '../runtime/validation.js';
/**
 * Checks a value against `PublishWhatsAppFlowInput`, the input of PublishWhatsAppFlow: every constraint of the model, its cross-member rules, and unknown members.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validatePublishWhatsAppFlowInput(value: unknown): ValidationIssue[];
/**
 * Checks a value against `PublishWhatsAppFlowOutput`, the output of PublishWhatsAppFlow.
 *
 * @returns every problem found; an empty array when the value is valid.
 */
export declare function validatePublishWhatsAppFlowOutput(value: unknown): ValidationIssue[];
