// Validators for ListLinkedWhatsAppBusinessAccounts, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkListLinkedWhatsAppBusinessAccountsInput as checkInput, checkListLinkedWhatsAppBusinessAccountsOutput as checkOutput } from "./check.js";
import { explainListLinkedWhatsAppBusinessAccountsInput as explainInput, explainListLinkedWhatsAppBusinessAccountsOutput as explainOutput } from "./explain.js";
function validateListLinkedWhatsAppBusinessAccountsInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateListLinkedWhatsAppBusinessAccountsOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateListLinkedWhatsAppBusinessAccountsInput,
  validateListLinkedWhatsAppBusinessAccountsOutput
};
