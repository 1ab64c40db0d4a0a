// Validators for ListTagsForResource, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkListTagsForResourceInput as checkInput, checkListTagsForResourceOutput as checkOutput } from "./check.js";
import { explainListTagsForResourceInput as explainInput, explainListTagsForResourceOutput as explainOutput } from "./explain.js";
function validateListTagsForResourceInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateListTagsForResourceOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateListTagsForResourceInput,
  validateListTagsForResourceOutput
};
