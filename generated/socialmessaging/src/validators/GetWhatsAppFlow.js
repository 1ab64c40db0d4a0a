// Validators for GetWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkGetWhatsAppFlowInput as checkInput, checkGetWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppFlowInput as explainInput, explainGetWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppFlowInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateGetWhatsAppFlowOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateGetWhatsAppFlowInput,
  validateGetWhatsAppFlowOutput
};
