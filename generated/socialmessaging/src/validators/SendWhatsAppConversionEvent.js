// Validators for SendWhatsAppConversionEvent, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkSendWhatsAppConversionEventInput as checkInput, checkSendWhatsAppConversionEventOutput as checkOutput } from "./check.js";
import { explainSendWhatsAppConversionEventInput as explainInput, explainSendWhatsAppConversionEventOutput as explainOutput } from "./explain.js";
function validateSendWhatsAppConversionEventInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateSendWhatsAppConversionEventOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateSendWhatsAppConversionEventInput,
  validateSendWhatsAppConversionEventOutput
};
