// Validators for UpdateWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkUpdateWhatsAppMessageTemplateInput as checkInput, checkUpdateWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainUpdateWhatsAppMessageTemplateInput as explainInput, explainUpdateWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateUpdateWhatsAppMessageTemplateInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateUpdateWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateUpdateWhatsAppMessageTemplateInput,
  validateUpdateWhatsAppMessageTemplateOutput
};
