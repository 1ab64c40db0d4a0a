// Validators for CreateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkCreateWhatsAppFlowInput as checkInput, checkCreateWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppFlowInput as explainInput, explainCreateWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppFlowInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateCreateWhatsAppFlowOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateCreateWhatsAppFlowInput,
  validateCreateWhatsAppFlowOutput
};
