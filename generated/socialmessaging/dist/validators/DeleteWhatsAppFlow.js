// Validators for DeleteWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkDeleteWhatsAppFlowInput as checkInput, checkDeleteWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainDeleteWhatsAppFlowInput as explainInput, explainDeleteWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateDeleteWhatsAppFlowInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateDeleteWhatsAppFlowOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateDeleteWhatsAppFlowInput,
  validateDeleteWhatsAppFlowOutput
};
