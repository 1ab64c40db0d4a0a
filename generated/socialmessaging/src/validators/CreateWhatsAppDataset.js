// Validators for CreateWhatsAppDataset, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkCreateWhatsAppDatasetInput as checkInput, checkCreateWhatsAppDatasetOutput as checkOutput } from "./check.js";
import { explainCreateWhatsAppDatasetInput as explainInput, explainCreateWhatsAppDatasetOutput as explainOutput } from "./explain.js";
function validateCreateWhatsAppDatasetInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateCreateWhatsAppDatasetOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateCreateWhatsAppDatasetInput,
  validateCreateWhatsAppDatasetOutput
};
