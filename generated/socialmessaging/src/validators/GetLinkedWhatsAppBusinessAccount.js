// Validators for GetLinkedWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkGetLinkedWhatsAppBusinessAccountInput as checkInput, checkGetLinkedWhatsAppBusinessAccountOutput as checkOutput } from "./check.js";
import { explainGetLinkedWhatsAppBusinessAccountInput as explainInput, explainGetLinkedWhatsAppBusinessAccountOutput as explainOutput } from "./explain.js";
function validateGetLinkedWhatsAppBusinessAccountInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateGetLinkedWhatsAppBusinessAccountOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateGetLinkedWhatsAppBusinessAccountInput,
  validateGetLinkedWhatsAppBusinessAccountOutput
};
