// Validators for ListWhatsAppFlows, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkListWhatsAppFlowsInput as checkInput, checkListWhatsAppFlowsOutput as checkOutput } from "./check.js";
import { explainListWhatsAppFlowsInput as explainInput, explainListWhatsAppFlowsOutput as explainOutput } from "./explain.js";
function validateListWhatsAppFlowsInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateListWhatsAppFlowsOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateListWhatsAppFlowsInput,
  validateListWhatsAppFlowsOutput
};
