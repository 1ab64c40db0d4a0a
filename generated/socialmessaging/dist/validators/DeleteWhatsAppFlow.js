// Validators for DeleteWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkDeleteWhatsAppFlowInput as checkInput, checkDeleteWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainDeleteWhatsAppFlowInput as explainInput, explainDeleteWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateDeleteWhatsAppFlowInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateDeleteWhatsAppFlowOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateDeleteWhatsAppFlowInput,
  validateDeleteWhatsAppFlowOutput
};
