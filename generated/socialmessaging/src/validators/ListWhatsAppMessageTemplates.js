// Validators for ListWhatsAppMessageTemplates, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkListWhatsAppMessageTemplatesInput as checkInput, checkListWhatsAppMessageTemplatesOutput as checkOutput } from "./check.js";
import { explainListWhatsAppMessageTemplatesInput as explainInput, explainListWhatsAppMessageTemplatesOutput as explainOutput } from "./explain.js";
function validateListWhatsAppMessageTemplatesInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateListWhatsAppMessageTemplatesOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateListWhatsAppMessageTemplatesInput,
  validateListWhatsAppMessageTemplatesOutput
};
