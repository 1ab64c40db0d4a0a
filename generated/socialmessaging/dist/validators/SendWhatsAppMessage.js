// Validators for SendWhatsAppMessage, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkSendWhatsAppMessageInput as checkInput, checkSendWhatsAppMessageOutput as checkOutput } from "./check.js";
import { explainSendWhatsAppMessageInput as explainInput, explainSendWhatsAppMessageOutput as explainOutput } from "./explain.js";
function validateSendWhatsAppMessageInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateSendWhatsAppMessageOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateSendWhatsAppMessageInput,
  validateSendWhatsAppMessageOutput
};
