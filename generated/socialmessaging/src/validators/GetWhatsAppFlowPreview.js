// Validators for GetWhatsAppFlowPreview, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkGetWhatsAppFlowPreviewInput as checkInput, checkGetWhatsAppFlowPreviewOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppFlowPreviewInput as explainInput, explainGetWhatsAppFlowPreviewOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppFlowPreviewInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateGetWhatsAppFlowPreviewOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateGetWhatsAppFlowPreviewInput,
  validateGetWhatsAppFlowPreviewOutput
};
