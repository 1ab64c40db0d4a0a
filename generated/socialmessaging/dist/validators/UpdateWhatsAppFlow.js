// Validators for UpdateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkUpdateWhatsAppFlowInput as checkInput, checkUpdateWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainUpdateWhatsAppFlowInput as explainInput, explainUpdateWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateUpdateWhatsAppFlowInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateUpdateWhatsAppFlowOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateUpdateWhatsAppFlowInput,
  validateUpdateWhatsAppFlowOutput
};
