// Validators for AssociateWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkAssociateWhatsAppBusinessAccountInput as checkInput, checkAssociateWhatsAppBusinessAccountOutput as checkOutput } from "./check.js";
import { explainAssociateWhatsAppBusinessAccountInput as explainInput, explainAssociateWhatsAppBusinessAccountOutput as explainOutput } from "./explain.js";
function validateAssociateWhatsAppBusinessAccountInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateAssociateWhatsAppBusinessAccountOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateAssociateWhatsAppBusinessAccountInput,
  validateAssociateWhatsAppBusinessAccountOutput
};
