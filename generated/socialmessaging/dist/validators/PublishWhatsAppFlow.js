// Validators for PublishWhatsAppFlow, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkPublishWhatsAppFlowInput as checkInput, checkPublishWhatsAppFlowOutput as checkOutput } from "./check.js";
import { explainPublishWhatsAppFlowInput as explainInput, explainPublishWhatsAppFlowOutput as explainOutput } from "./explain.js";
function validatePublishWhatsAppFlowInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validatePublishWhatsAppFlowOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validatePublishWhatsAppFlowInput,
  validatePublishWhatsAppFlowOutput
};
