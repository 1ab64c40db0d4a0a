// Validators for DeprecateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkDeprecateWhatsAppFlowInput as checkInput, checkDeprecateWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainDeprecateWhatsAppFlowInput as explainInput, explainDeprecateWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateDeprecateWhatsAppFlowInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateDeprecateWhatsAppFlowOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateDeprecateWhatsAppFlowInput,
  validateDeprecateWhatsAppFlowOutput
};
