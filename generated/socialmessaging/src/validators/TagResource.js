// Validators for TagResource, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkTagResourceInput as checkInput, checkTagResourceOutput as checkOutput } from "./check.js";
import { explainTagResourceInput as explainInput, explainTagResourceOutput as explainOutput } from "./explain.js";
function validateTagResourceInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateTagResourceOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateTagResourceInput,
  validateTagResourceOutput
};
