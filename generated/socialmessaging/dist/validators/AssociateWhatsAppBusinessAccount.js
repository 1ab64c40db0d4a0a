// Validators for AssociateWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkAssociateWhatsAppBusinessAccountInput as checkInput, checkAssociateWhatsAppBusinessAccountOutput as checkOutput } from "./check.js";
import { explainAssociateWhatsAppBusinessAccountInput as explainInput, explainAssociateWhatsAppBusinessAccountOutput as explainOutput } from "./explain.js";
function validateAssociateWhatsAppBusinessAccountInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateAssociateWhatsAppBusinessAccountOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateAssociateWhatsAppBusinessAccountInput,
  validateAssociateWhatsAppBusinessAccountOutput
};
