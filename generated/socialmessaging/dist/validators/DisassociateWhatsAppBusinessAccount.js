// Validators for DisassociateWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkDisassociateWhatsAppBusinessAccountInput as checkInput, checkDisassociateWhatsAppBusinessAccountOutput as checkOutput } from "./check.js";
import { explainDisassociateWhatsAppBusinessAccountInput as explainInput, explainDisassociateWhatsAppBusinessAccountOutput as explainOutput } from "./explain.js";
function validateDisassociateWhatsAppBusinessAccountInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateDisassociateWhatsAppBusinessAccountOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateDisassociateWhatsAppBusinessAccountInput,
  validateDisassociateWhatsAppBusinessAccountOutput
};
