// Validators for GetWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkGetWhatsAppMessageTemplateInput as checkInput, checkGetWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppMessageTemplateInput as explainInput, explainGetWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppMessageTemplateInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateGetWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateGetWhatsAppMessageTemplateInput,
  validateGetWhatsAppMessageTemplateOutput
};
