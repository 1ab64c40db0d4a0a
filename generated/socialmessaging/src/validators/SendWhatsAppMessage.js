// Validators for SendWhatsAppMessage, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkSendWhatsAppMessageInput as checkInput, checkSendWhatsAppMessageOutput as checkOutput } from "./check.js";
import { explainSendWhatsAppMessageInput as explainInput, explainSendWhatsAppMessageOutput as explainOutput } from "./explain.js";
function validateSendWhatsAppMessageInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateSendWhatsAppMessageOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateSendWhatsAppMessageInput,
  validateSendWhatsAppMessageOutput
};
