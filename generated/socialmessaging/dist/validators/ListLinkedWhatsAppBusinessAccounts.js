// Validators for ListLinkedWhatsAppBusinessAccounts, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkListLinkedWhatsAppBusinessAccountsInput as checkInput, checkListLinkedWhatsAppBusinessAccountsOutput as checkOutput } from "./check.js";
import { explainListLinkedWhatsAppBusinessAccountsInput as explainInput, explainListLinkedWhatsAppBusinessAccountsOutput as explainOutput } from "./explain.js";
function validateListLinkedWhatsAppBusinessAccountsInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateListLinkedWhatsAppBusinessAccountsOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateListLinkedWhatsAppBusinessAccountsInput,
  validateListLinkedWhatsAppBusinessAccountsOutput
};
