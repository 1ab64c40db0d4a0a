// Validators for UpdateWhatsAppFlowAssets, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkUpdateWhatsAppFlowAssetsInput as checkInput, checkUpdateWhatsAppFlowAssetsOutput as checkOutput } from "./check.js";
import { explainUpdateWhatsAppFlowAssetsInput as explainInput, explainUpdateWhatsAppFlowAssetsOutput as explainOutput } from "./explain.js";
function validateUpdateWhatsAppFlowAssetsInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateUpdateWhatsAppFlowAssetsOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateUpdateWhatsAppFlowAssetsInput,
  validateUpdateWhatsAppFlowAssetsOutput
};
