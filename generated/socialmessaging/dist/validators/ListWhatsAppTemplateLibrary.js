// Validators for ListWhatsAppTemplateLibrary, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkListWhatsAppTemplateLibraryInput as checkInput, checkListWhatsAppTemplateLibraryOutput as checkOutput } from "./check.js";
import { explainListWhatsAppTemplateLibraryInput as explainInput, explainListWhatsAppTemplateLibraryOutput as explainOutput } from "./explain.js";
function validateListWhatsAppTemplateLibraryInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateListWhatsAppTemplateLibraryOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateListWhatsAppTemplateLibraryInput,
  validateListWhatsAppTemplateLibraryOutput
};
