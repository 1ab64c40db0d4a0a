// Validators for PutWhatsAppBusinessAccountEventDestinations, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkPutWhatsAppBusinessAccountEventDestinationsInput as checkInput, checkPutWhatsAppBusinessAccountEventDestinationsOutput as checkOutput } from "./check.js";
import { explainPutWhatsAppBusinessAccountEventDestinationsInput as explainInput, explainPutWhatsAppBusinessAccountEventDestinationsOutput as explainOutput } from "./explain.js";
function validatePutWhatsAppBusinessAccountEventDestinationsInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validatePutWhatsAppBusinessAccountEventDestinationsOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validatePutWhatsAppBusinessAccountEventDestinationsInput,
  validatePutWhatsAppBusinessAccountEventDestinationsOutput
};
