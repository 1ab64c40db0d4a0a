// Validators for DeprecateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkDeprecateWhatsAppFlowInput as checkInput, checkDeprecateWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainDeprecateWhatsAppFlowInput as explainInput, explainDeprecateWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateDeprecateWhatsAppFlowInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateDeprecateWhatsAppFlowOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateDeprecateWhatsAppFlowInput,
  validateDeprecateWhatsAppFlowOutput
};
