// Validators for GetLinkedWhatsAppBusinessAccountPhoneNumber, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkGetLinkedWhatsAppBusinessAccountPhoneNumberInput as checkInput, checkGetLinkedWhatsAppBusinessAccountPhoneNumberOutput as checkOutput } from "./check.js";
import { explainGetLinkedWhatsAppBusinessAccountPhoneNumberInput as explainInput, explainGetLinkedWhatsAppBusinessAccountPhoneNumberOutput as explainOutput } from "./explain.js";
function validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput,
  validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput
};
