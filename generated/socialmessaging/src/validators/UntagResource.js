// Validators for UntagResource, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkUntagResourceInput as checkInput, checkUntagResourceOutput as checkOutput } from "./check.js";
import { explainUntagResourceInput as explainInput, explainUntagResourceOutput as explainOutput } from "./explain.js";
function validateUntagResourceInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateUntagResourceOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateUntagResourceInput,
  validateUntagResourceOutput
};
