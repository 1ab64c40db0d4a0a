// Validators for GetWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkGetWhatsAppMessageTemplateInput as checkInput, checkGetWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppMessageTemplateInput as explainInput, explainGetWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppMessageTemplateInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateGetWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateGetWhatsAppMessageTemplateInput,
  validateGetWhatsAppMessageTemplateOutput
};
