// Validators for ListWhatsAppFlows, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkListWhatsAppFlowsInput as checkInput, checkListWhatsAppFlowsOutput as checkOutput } from "./check.js";
import { explainListWhatsAppFlowsInput as explainInput, explainListWhatsAppFlowsOutput as explainOutput } from "./explain.js";
function validateListWhatsAppFlowsInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateListWhatsAppFlowsOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateListWhatsAppFlowsInput,
  validateListWhatsAppFlowsOutput
};
