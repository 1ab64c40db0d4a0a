// Validators for ListWhatsAppFlowAssets, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkListWhatsAppFlowAssetsInput as checkInput, checkListWhatsAppFlowAssetsOutput as checkOutput } from "./check.js";
import { explainListWhatsAppFlowAssetsInput as explainInput, explainListWhatsAppFlowAssetsOutput as explainOutput } from "./explain.js";
function validateListWhatsAppFlowAssetsInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateListWhatsAppFlowAssetsOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateListWhatsAppFlowAssetsInput,
  validateListWhatsAppFlowAssetsOutput
};
