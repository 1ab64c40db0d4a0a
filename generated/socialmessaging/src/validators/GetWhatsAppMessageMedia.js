// Validators for GetWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkGetWhatsAppMessageMediaInput as checkInput, checkGetWhatsAppMessageMediaOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppMessageMediaInput as explainInput, explainGetWhatsAppMessageMediaOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppMessageMediaInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateGetWhatsAppMessageMediaOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateGetWhatsAppMessageMediaInput,
  validateGetWhatsAppMessageMediaOutput
};
