// Validators for PublishWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkPublishWhatsAppFlowInput as checkInput, checkPublishWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainPublishWhatsAppFlowInput as explainInput, explainPublishWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validatePublishWhatsAppFlowInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validatePublishWhatsAppFlowOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validatePublishWhatsAppFlowInput,
  validatePublishWhatsAppFlowOutput
};
