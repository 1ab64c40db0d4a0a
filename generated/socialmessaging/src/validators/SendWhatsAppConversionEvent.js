// Validators for SendWhatsAppConversionEvent, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkSendWhatsAppConversionEventInput as checkInput, checkSendWhatsAppConversionEventOutput as checkOutput } from "./check.js";
import { explainSendWhatsAppConversionEventInput as explainInput, explainSendWhatsAppConversionEventOutput as explainOutput } from "./explain.js";
function validateSendWhatsAppConversionEventInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateSendWhatsAppConversionEventOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateSendWhatsAppConversionEventInput,
  validateSendWhatsAppConversionEventOutput
};
