// Validators for GetLinkedWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkGetLinkedWhatsAppBusinessAccountInput as checkInput, checkGetLinkedWhatsAppBusinessAccountOutput as checkOutput } from "./check.js";
import { explainGetLinkedWhatsAppBusinessAccountInput as explainInput, explainGetLinkedWhatsAppBusinessAccountOutput as explainOutput } from "./explain.js";
function validateGetLinkedWhatsAppBusinessAccountInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateGetLinkedWhatsAppBusinessAccountOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateGetLinkedWhatsAppBusinessAccountInput,
  validateGetLinkedWhatsAppBusinessAccountOutput
};
