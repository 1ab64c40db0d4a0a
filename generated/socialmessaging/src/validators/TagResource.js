// Validators for TagResource, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkTagResourceInput as checkInput, checkTagResourceOutput as checkOutput } from "./check.js";
import { explainTagResourceInput as explainInput, explainTagResourceOutput as explainOutput } from "./explain.js";
function validateTagResourceInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateTagResourceOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateTagResourceInput,
  validateTagResourceOutput
};
