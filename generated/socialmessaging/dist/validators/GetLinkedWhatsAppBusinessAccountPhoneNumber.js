// Validators for GetLinkedWhatsAppBusinessAccountPhoneNumber, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkGetLinkedWhatsAppBusinessAccountPhoneNumberInput as checkInput, checkGetLinkedWhatsAppBusinessAccountPhoneNumberOutput as checkOutput } from "./check.js";
import { explainGetLinkedWhatsAppBusinessAccountPhoneNumberInput as explainInput, explainGetLinkedWhatsAppBusinessAccountPhoneNumberOutput as explainOutput } from "./explain.js";
function validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateGetLinkedWhatsAppBusinessAccountPhoneNumberInput,
  validateGetLinkedWhatsAppBusinessAccountPhoneNumberOutput
};
