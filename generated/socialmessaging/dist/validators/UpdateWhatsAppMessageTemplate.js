// Validators for UpdateWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkUpdateWhatsAppMessageTemplateInput as checkInput, checkUpdateWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainUpdateWhatsAppMessageTemplateInput as explainInput, explainUpdateWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateUpdateWhatsAppMessageTemplateInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateUpdateWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateUpdateWhatsAppMessageTemplateInput,
  validateUpdateWhatsAppMessageTemplateOutput
};
