// Validators for DeleteWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkDeleteWhatsAppMessageMediaInput as checkInput, checkDeleteWhatsAppMessageMediaOutput as checkOutput } from "./check.js";
import { explainDeleteWhatsAppMessageMediaInput as explainInput, explainDeleteWhatsAppMessageMediaOutput as explainOutput } from "./explain.js";
function validateDeleteWhatsAppMessageMediaInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateDeleteWhatsAppMessageMediaOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateDeleteWhatsAppMessageMediaInput,
  validateDeleteWhatsAppMessageMediaOutput
};
