// Validators for GetWhatsAppFlowPreview, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkGetWhatsAppFlowPreviewInput as checkInput, checkGetWhatsAppFlowPreviewOutput as checkOutput } from "./check.js";
import { explainGetWhatsAppFlowPreviewInput as explainInput, explainGetWhatsAppFlowPreviewOutput as explainOutput } from "./explain.js";
function validateGetWhatsAppFlowPreviewInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateGetWhatsAppFlowPreviewOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateGetWhatsAppFlowPreviewInput,
  validateGetWhatsAppFlowPreviewOutput
};
