// Validators for UpdateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkUpdateWhatsAppFlowInput as checkInput, checkUpdateWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainUpdateWhatsAppFlowInput as explainInput, explainUpdateWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateUpdateWhatsAppFlowInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateUpdateWhatsAppFlowOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateUpdateWhatsAppFlowInput,
  validateUpdateWhatsAppFlowOutput
};
