// Validators for CreateWhatsAppMessageTemplateMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkCreateWhatsAppMessageTemplateMediaInput as checkInput, checkCreateWhatsAppMessageTemplateMediaOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppMessageTemplateMediaInput as explainInput, explainCreateWhatsAppMessageTemplateMediaOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppMessageTemplateMediaInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateCreateWhatsAppMessageTemplateMediaOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateCreateWhatsAppMessageTemplateMediaInput,
  validateCreateWhatsAppMessageTemplateMediaOutput
};
