// Validators for PostWhatsAppMessageMedia, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkPostWhatsAppMessageMediaInput as checkInput, checkPostWhatsAppMessageMediaOutput as checkOutput } from "./check.js";
import { explainPostWhatsAppMessageMediaInput as explainInput, explainPostWhatsAppMessageMediaOutput as explainOutput } from "./explain.js";
function validatePostWhatsAppMessageMediaInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validatePostWhatsAppMessageMediaOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validatePostWhatsAppMessageMediaInput,
  validatePostWhatsAppMessageMediaOutput
};
