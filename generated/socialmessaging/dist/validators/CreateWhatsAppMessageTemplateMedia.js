// Validators for CreateWhatsAppMessageTemplateMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkCreateWhatsAppMessageTemplateMediaInput as checkInput, checkCreateWhatsAppMessageTemplateMediaOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppMessageTemplateMediaInput as explainInput, explainCreateWhatsAppMessageTemplateMediaOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppMessageTemplateMediaInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateCreateWhatsAppMessageTemplateMediaOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateCreateWhatsAppMessageTemplateMediaInput,
  validateCreateWhatsAppMessageTemplateMediaOutput
};
