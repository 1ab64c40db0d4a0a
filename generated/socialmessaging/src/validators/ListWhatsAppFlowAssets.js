// Validators for ListWhatsAppFlowAssets, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkListWhatsAppFlowAssetsInput as checkInput, checkListWhatsAppFlowAssetsOutput as checkOutput } from "./check.js";
import { explainListWhatsAppFlowAssetsInput as explainInput, explainListWhatsAppFlowAssetsOutput as explainOutput } from "./explain.js";
function validateListWhatsAppFlowAssetsInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateListWhatsAppFlowAssetsOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateListWhatsAppFlowAssetsInput,
  validateListWhatsAppFlowAssetsOutput
};
