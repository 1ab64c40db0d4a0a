// Validators for ListWhatsAppMessageTemplates, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkListWhatsAppMessageTemplatesInput as checkInput, checkListWhatsAppMessageTemplatesOutput as checkOutput } from "./check.js";
import { explainListWhatsAppMessageTemplatesInput as explainInput, explainListWhatsAppMessageTemplatesOutput as explainOutput } from "./explain.js";
function validateListWhatsAppMessageTemplatesInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateListWhatsAppMessageTemplatesOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateListWhatsAppMessageTemplatesInput,
  validateListWhatsAppMessageTemplatesOutput
};
