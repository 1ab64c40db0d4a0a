// Validators for CreateWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkCreateWhatsAppFlowInput as checkInput, checkCreateWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppFlowInput as explainInput, explainCreateWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppFlowInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateCreateWhatsAppFlowOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateCreateWhatsAppFlowInput,
  validateCreateWhatsAppFlowOutput
};
