// Validators for ListWhatsAppTemplateLibrary, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkListWhatsAppTemplateLibraryInput as checkInput, checkListWhatsAppTemplateLibraryOutput as checkOutput } from "./check.js";
import { explainListWhatsAppTemplateLibraryInput as explainInput, explainListWhatsAppTemplateLibraryOutput as explainOutput } from "./explain.js";
function validateListWhatsAppTemplateLibraryInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateListWhatsAppTemplateLibraryOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateListWhatsAppTemplateLibraryInput,
  validateListWhatsAppTemplateLibraryOutput
};
