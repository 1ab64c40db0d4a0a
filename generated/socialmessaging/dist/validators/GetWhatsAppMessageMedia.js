// Validators for GetWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkGetWhatsAppMessageMediaInput as checkInput, checkGetWhatsAppMessageMediaOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppMessageMediaInput as explainInput, explainGetWhatsAppMessageMediaOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppMessageMediaInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateGetWhatsAppMessageMediaOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateGetWhatsAppMessageMediaInput,
  validateGetWhatsAppMessageMediaOutput
};
