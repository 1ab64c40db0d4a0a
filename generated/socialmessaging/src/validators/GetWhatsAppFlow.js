// Validators for GetWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkGetWhatsAppFlowInput as checkInput, checkGetWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppFlowInput as explainInput, explainGetWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppFlowInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateGetWhatsAppFlowOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateGetWhatsAppFlowInput,
  validateGetWhatsAppFlowOutput
};
