// Validators for DeleteWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkDeleteWhatsAppMessageMediaInput as checkInput, checkDeleteWhatsAppMessageMediaOutput as checkOutput } from "./check.js";
import { explainDeleteWhatsAppMessageMediaInput as explainInput, explainDeleteWhatsAppMessageMediaOutput as explainOutput } from "./explain.js";
function validateDeleteWhatsAppMessageMediaInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateDeleteWhatsAppMessageMediaOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateDeleteWhatsAppMessageMediaInput,
  validateDeleteWhatsAppMessageMediaOutput
};
