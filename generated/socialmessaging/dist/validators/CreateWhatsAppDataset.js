// Validators for CreateWhatsAppDataset, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkCreateWhatsAppDatasetInput as checkInput, checkCreateWhatsAppDatasetOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppDatasetInput as explainInput, explainCreateWhatsAppDatasetOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppDatasetInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateCreateWhatsAppDatasetOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateCreateWhatsAppDatasetInput,
  validateCreateWhatsAppDatasetOutput
};
