// Validators for PostWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkPostWhatsAppMessageMediaInput as checkInput, checkPostWhatsAppMessageMediaOutput as checkOutput } from "./check.js";
import { explainPostWhatsAppMessageMediaInput as explainInput, explainPostWhatsAppMessageMediaOutput as explainOutput } from "./explain.js";
function validatePostWhatsAppMessageMediaInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validatePostWhatsAppMessageMediaOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validatePostWhatsAppMessageMediaInput,
  validatePostWhatsAppMessageMediaOutput
};
