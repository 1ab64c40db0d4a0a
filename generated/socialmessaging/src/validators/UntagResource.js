// Validators for UntagResource, compiled by shapecraft with AJV from the model. Do not edit.
import { explain } from "../runtime/validation.js";
import { checkUntagResourceInput as checkInput, checkUntagResourceOutput as checkOutput } from "./check.js";
import { explainUntagResourceInput as explainInput, explainUntagResourceOutput as explainOutput } from "./explain.js";
function validateUntagResourceInput(value) {
  return checkInput(value) ? [] : explain(explainInput, value);
}
function validateUntagResourceOutput(value) {
  return checkOutput(value) ? [] : explain(explainOutput, value);
}
export {
  validateUntagResourceInput,
  validateUntagResourceOutput
};
