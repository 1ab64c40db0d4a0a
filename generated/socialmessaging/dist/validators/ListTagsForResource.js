// Validators for ListTagsForResource, compiled by shapecraft with AJV from the model. Do not edit.
import { toIssues } from "../runtime/validation.js";
import { checkListTagsForResourceInput as checkInput, checkListTagsForResourceOutput as checkOutput } from "./check.js";
import { explainListTagsForResourceInput as explainInput, explainListTagsForResourceOutput as explainOutput } from "./explain.js";
function validateListTagsForResourceInput(value) {
  return checkInput(value) || explainInput(value) ? [] : toIssues(explainInput.errors);
}
function validateListTagsForResourceOutput(value) {
  return checkOutput(value) || explainOutput(value) ? [] : toIssues(explainOutput.errors);
}
export {
  validateListTagsForResourceInput,
  validateListTagsForResourceOutput
};
