// Validators for DeleteWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkDeleteWhatsAppMessageTemplateInput as checkInput, checkDeleteWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainDeleteWhatsAppMessageTemplateInput as explainInput, explainDeleteWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateDeleteWhatsAppMessageTemplateInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateDeleteWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateDeleteWhatsAppMessageTemplateInput,
  validateDeleteWhatsAppMessageTemplateOutput
};
