// Validators for CreateWhatsAppMessageTemplate, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkCreateWhatsAppMessageTemplateInput as checkInput, checkCreateWhatsAppMessageTemplateOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppMessageTemplateInput as explainInput, explainCreateWhatsAppMessageTemplateOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppMessageTemplateInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateCreateWhatsAppMessageTemplateOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateCreateWhatsAppMessageTemplateInput,
  validateCreateWhatsAppMessageTemplateOutput
};
