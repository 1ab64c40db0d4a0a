// Validators for PutWhatsAppBusinessAccountEventDestinations, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkPutWhatsAppBusinessAccountEventDestinationsInput as checkInput, checkPutWhatsAppBusinessAccountEventDestinationsOutput as checkOutput } from "./check.js";
import { explainPutWhatsAppBusinessAccountEventDestinationsInput as explainInput, explainPutWhatsAppBusinessAccountEventDestinationsOutput as explainOutput } from "./explain.js";
function validatePutWhatsAppBusinessAccountEventDestinationsInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validatePutWhatsAppBusinessAccountEventDestinationsOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validatePutWhatsAppBusinessAccountEventDestinationsInput,
  validatePutWhatsAppBusinessAccountEventDestinationsOutput
};
