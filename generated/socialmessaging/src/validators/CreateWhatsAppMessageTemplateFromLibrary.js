// Validators for CreateWhatsAppMessageTemplateFromLibrary, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkCreateWhatsAppMessageTemplateFromLibraryInput as checkInput, checkCreateWhatsAppMessageTemplateFromLibraryOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppMessageTemplateFromLibraryInput as explainInput, explainCreateWhatsAppMessageTemplateFromLibraryOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppMessageTemplateFromLibraryInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateCreateWhatsAppMessageTemplateFromLibraryOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateCreateWhatsAppMessageTemplateFromLibraryInput,
  validateCreateWhatsAppMessageTemplateFromLibraryOutput
};
