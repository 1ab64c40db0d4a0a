// Validators for UpdateWhatsAppFlowAssets, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkUpdateWhatsAppFlowAssetsInput as checkInput, checkUpdateWhatsAppFlowAssetsOutput as checkOutput } from "./check.js";
import { explainUpdateWhatsAppFlowAssetsInput as explainInput, explainUpdateWhatsAppFlowAssetsOutput as explainOutput } from "./explain.js";
function validateUpdateWhatsAppFlowAssetsInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateUpdateWhatsAppFlowAssetsOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateUpdateWhatsAppFlowAssetsInput,
  validateUpdateWhatsAppFlowAssetsOutput
};
