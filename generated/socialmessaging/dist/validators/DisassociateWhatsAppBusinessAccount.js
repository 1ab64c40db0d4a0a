// Validators for DisassociateWhatsAppBusinessAccount, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkDisassociateWhatsAppBusinessAccountInput as checkInput, checkDisassociateWhatsAppBusinessAccountOutput as checkOutput } from "./check.js";
import { explainDisassociateWhatsAppBusinessAccountInput as explainInput, explainDisassociateWhatsAppBusinessAccountOutput as explainOutput } from "./explain.js";
function validateDisassociateWhatsAppBusinessAccountInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateDisassociateWhatsAppBusinessAccountOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateDisassociateWhatsAppBusinessAccountInput,
  validateDisassociateWhatsAppBusinessAccountOutput
};
