// Validators for DeleteWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkDeleteWhatsAppMessageTemplateInput as checkInput, checkDeleteWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainDeleteWhatsAppMessageTemplateInput as explainInput, explainDeleteWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateDeleteWhatsAppMessageTemplateInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateDeleteWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateDeleteWhatsAppMessageTemplateInput,
  validateDeleteWhatsAppMessageTemplateOutput
};
