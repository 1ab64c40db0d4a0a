// Validators for CreateWhatsAppMessageTemplateFromLibrary, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkCreateWhatsAppMessageTemplateFromLibraryInput as checkInput, checkCreateWhatsAppMessageTemplateFromLibraryOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppMessageTemplateFromLibraryInput as explainInput, explainCreateWhatsAppMessageTemplateFromLibraryOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppMessageTemplateFromLibraryInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateCreateWhatsAppMessageTemplateFromLibraryOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateCreateWhatsAppMessageTemplateFromLibraryInput,
  validateCreateWhatsAppMessageTemplateFromLibraryOutput
};
