// Validators for CreateWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkCreateWhatsAppMessageTemplateInput as checkInput, checkCreateWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppMessageTemplateInput as explainInput, explainCreateWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppMessageTemplateInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateCreateWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateCreateWhatsAppMessageTemplateInput,
  validateCreateWhatsAppMessageTemplateOutput
};
