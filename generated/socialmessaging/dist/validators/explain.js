// Full explanations of AWS End User Messaging Social, compiled by shapecraft with AJV from the model. Do not edit.
export const explainAssociateWhatsAppBusinessAccountInput = validate21;
const func0 = Object.prototype.hasOwnProperty;
const func48 = function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
    }
    n++;
  }
  return n;
};
function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 1000 && (data.length > 2000 || func48(data) > 1000)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 1000 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 100 && (data.length > 200 || func48(data) > 100)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.accessToken === undefined) || (!(func0.call(data, "accessToken")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "accessToken"},message:"must have required property '"+"accessToken"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "accessToken") || (key0 === "callbackUrl"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.accessToken !== undefined && func0.call(data, "accessToken")) {
      if (!(validate25(data.accessToken, {instancePath:instancePath+"/accessToken",parentData:data,parentDataProperty:"accessToken",rootData}))) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.callbackUrl !== undefined && func0.call(data, "callbackUrl")) {
      if (!(validate27(data.callbackUrl, {instancePath:instancePath+"/callbackUrl",parentData:data,parentDataProperty:"callbackUrl",rootData}))) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 50 && (data.length > 100 || func48(data) > 50)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 50 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 6 && (data.length > 12 || func48(data) > 6))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 6 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
const pattern0 = /* @__PURE__ */ new RegExp("[A-Z]{2}", "u");
function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((typeof data == "string") && (true)) && (!(pattern0.test(data)))) {
    const err1 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern [A-Z]{2}"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 128 && (data.length > 256 || func48(data) > 128))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 128 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 256 && (data.length > 512 || func48(data) > 256)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 256 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.key === undefined) || (!(func0.call(data, "key")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "key") || (key0 === "value"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== undefined && func0.call(data, "key")) {
      if (!(validate43(data.key, {instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData}))) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.value !== undefined && func0.call(data, "value")) {
      if (!(validate45(data.value, {instancePath:instancePath+"/value",parentData:data,parentDataProperty:"value",rootData}))) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate42(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.twoFactorPin === undefined) || (!(func0.call(data, "twoFactorPin")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "twoFactorPin"},message:"must have required property '"+"twoFactorPin"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "id") || (key0 === "twoFactorPin")) || (key0 === "dataLocalizationRegion")) || (key0 === "tags"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate35(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.twoFactorPin !== undefined && func0.call(data, "twoFactorPin")) {
      if (!(validate37(data.twoFactorPin, {instancePath:instancePath+"/twoFactorPin",parentData:data,parentDataProperty:"twoFactorPin",rootData}))) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataLocalizationRegion !== undefined && func0.call(data, "dataLocalizationRegion")) {
      if (!(validate39(data.dataLocalizationRegion, {instancePath:instancePath+"/dataLocalizationRegion",parentData:data,parentDataProperty:"dataLocalizationRegion",rootData}))) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined && func0.call(data, "tags")) {
      if (!(validate41(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate34(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
const pattern1 = /* @__PURE__ */ new RegExp(".*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*", "u");
function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 115 && (data.length > 230 || func48(data) > 115))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 115 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 115 && (data.length > 230 || func48(data) > 115))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1)))))) && (!(pattern1.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern .*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
const func81 = function linearTest(program, input) {
  const insts = program.insts;
  const classes = program.classes;
  const length = input.length;
  const usesWordBoundary = insts.some((ins) => ins[0] === 2 && ins[1] >= 2);
  const seen = new Int32Array(insts.length).fill(-1);
  let mark = 0;
  const isWord = (i) => {
    if (i < 0 || i >= length) return false;
    const c = input.charCodeAt(i);
    return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
  };
  const closure = (kernel, at) => {
    mark++;
    const threads2 = [];
    const stack = [0, ...kernel];
    while (stack.length > 0) {
      const p = stack.pop();
      if (seen[p] === mark) continue;
      seen[p] = mark;
      const ins = insts[p];
      const kind = ins[0];
      if (kind === 0 || kind === 3) threads2.push(p);
      else if (kind === 1) stack.push(ins[2], ins[1]);
      else if (kind === 4) stack.push(ins[1]);
      else {
        const a = ins[1];
        const holds = a === 0 ? at === 0 : a === 1 ? at === length : isWord(at - 1) !== isWord(at) === (a === 2);
        if (holds) stack.push(ins[2]);
      }
    }
    return threads2.sort((x, y) => x - y);
  };
  const accepts = (index, code, ch) => {
    const cls = classes[index];
    if (cls instanceof RegExp) return cls.test(ch);
    const ranges = cls.ranges;
    let inside = false;
    for (let i = 0; i < ranges.length && !inside; i += 2) inside = code >= ranges[i] && code <= ranges[i + 1];
    return inside !== cls.negated;
  };
  const matched = (threads2) => threads2.some((p) => insts[p][0] === 3);
  const step = (threads2, code, ch) => {
    const kernel = [];
    for (const p of threads2) {
      const ins = insts[p];
      if (ins[0] === 0 && accepts(ins[1], code, ch)) kernel.push(ins[2]);
    }
    return kernel;
  };
  const states = /* @__PURE__ */ new Map();
  const stateOf = (kernel, at) => {
    const key = kernel.join(",");
    let state2 = states.get(key);
    if (!state2) {
      state2 = { kernel, threads: closure(kernel, at), next: /* @__PURE__ */ new Map() };
      if (states.size < 1e4) states.set(key, state2);
    }
    return state2;
  };
  let threads = closure([], 0);
  let state;
  for (let at = 0; at < length; ) {
    if (matched(threads)) return true;
    const code = input.codePointAt(at);
    const width = code > 65535 ? 2 : 1;
    const ch = width === 1 ? input[at] : input.slice(at, at + width);
    const after = at + width;
    if (usesWordBoundary || after >= length || at === 0 || !state) {
      const kernel = step(threads, code, ch);
      if (after >= length || usesWordBoundary) {
        threads = closure(kernel, after);
        state = void 0;
      } else {
        state = stateOf(kernel, after);
        threads = state.threads;
      }
    } else {
      let nextState = state.next.get(code);
      if (!nextState) {
        nextState = stateOf(step(threads, code, ch), after);
        state.next.set(code, nextState);
      }
      state = nextState;
      threads = state.threads;
    }
    at = after;
  }
  return matched(threads);
};
const pattern2 = /* @__PURE__ */ new RegExp("arn:.*:[a-z-]+([/:](.*))?", "u");
const obj0 = /* @__PURE__ */ Object.freeze({insts: [[4,15],[3],[1,3,1],[0,0,2],[0,1,2],[1,4,1],[1,7,5],[0,2,6],[0,2,6],[0,3,8],[1,11,9],[0,0,10],[0,3,10],[0,4,12],[0,5,13],[0,6,14]], classes: [{"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[47,47,58,58],"negated":false}, {"ranges":[97,122,45,45],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[97,97],"negated":false}]});
function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 2048 && (data.length > 4096 || func48(data) > 2048)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))))) && (!((data.length < 256 ? pattern2.test(data) : func81(obj0, data))))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern arn:.*:[a-z-]+([/:](.*))?"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
const pattern3 = /* @__PURE__ */ new RegExp("arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+", "u");
const obj1 = /* @__PURE__ */ Object.freeze({insts: [[4,34],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,7,11],[0,7,12],[0,7,13],[0,7,14],[0,7,15],[0,7,16],[0,7,17],[0,7,18],[0,7,19],[0,7,20],[0,7,21],[0,6,22],[0,6,23],[0,8,24],[0,9,25],[0,10,26],[0,6,27],[1,30,28],[0,11,29],[0,6,29],[0,12,31],[0,5,32],[0,9,33]], classes: [{"ranges":[97,122,65,90,48,57,43,43,61,61,44,44,46,46,64,64,45,45,95,95],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[101,101],"negated":false}, {"ranges":[108,108],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[48,57],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[105,105],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[110,110],"negated":false}]});
function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((typeof data == "string") && (true)) && (!((data.length < 256 ? pattern3.test(data) : func81(obj1, data))))) {
    const err1 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.eventDestinationArn === undefined) || (!(func0.call(data, "eventDestinationArn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "eventDestinationArn"},message:"must have required property '"+"eventDestinationArn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "eventDestinationArn") || (key0 === "roleArn"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.eventDestinationArn !== undefined && func0.call(data, "eventDestinationArn")) {
      if (!(validate58(data.eventDestinationArn, {instancePath:instancePath+"/eventDestinationArn",parentData:data,parentDataProperty:"eventDestinationArn",rootData}))) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.roleArn !== undefined && func0.call(data, "roleArn")) {
      if (!(validate60(data.roleArn, {instancePath:instancePath+"/roleArn",parentData:data,parentDataProperty:"roleArn",rootData}))) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((Array.isArray(data)) && ((data.length > 1) || (data.length < 0))) {
    const err1 = {instancePath,keyword:"scCount",params:{constraint: "length"},message:"must have between 0 and 1 items"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate57(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "id") || (key0 === "eventDestinations")) || (key0 === "tags"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventDestinations !== undefined && func0.call(data, "eventDestinations")) {
      if (!(validate56(data.eventDestinations, {instancePath:instancePath+"/eventDestinations",parentData:data,parentDataProperty:"eventDestinations",rootData}))) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined && func0.call(data, "tags")) {
      if (!(validate41(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if ((typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array)) && ((((data["phoneNumberParent"] !== undefined && Object.prototype.hasOwnProperty.call(data, "phoneNumberParent")) ? 1 : 0) + ((data["waba"] !== undefined && Object.prototype.hasOwnProperty.call(data, "waba")) ? 1 : 0)) > 1)) {
    const err0 = {instancePath,keyword:"scRule",params:{constraint: "atMostOneOf"},message:"at most one of 'phoneNumberParent', 'waba' may be set"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err1 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.associateInProgressToken === undefined) || (!(func0.call(data, "associateInProgressToken")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "associateInProgressToken"},message:"must have required property '"+"associateInProgressToken"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.phoneNumbers === undefined) || (!(func0.call(data, "phoneNumbers")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "phoneNumbers"},message:"must have required property '"+"phoneNumbers"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "associateInProgressToken") || (key0 === "phoneNumbers")) || (key0 === "phoneNumberParent")) || (key0 === "waba"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.associateInProgressToken !== undefined && func0.call(data, "associateInProgressToken")) {
      if (!(validate31(data.associateInProgressToken, {instancePath:instancePath+"/associateInProgressToken",parentData:data,parentDataProperty:"associateInProgressToken",rootData}))) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumbers !== undefined && func0.call(data, "phoneNumbers")) {
      if (!(validate33(data.phoneNumbers, {instancePath:instancePath+"/phoneNumbers",parentData:data,parentDataProperty:"phoneNumbers",rootData}))) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumberParent !== undefined && func0.call(data, "phoneNumberParent")) {
      if (!(validate51(data.phoneNumberParent, {instancePath:instancePath+"/phoneNumberParent",parentData:data,parentDataProperty:"phoneNumberParent",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.waba !== undefined && func0.call(data, "waba")) {
      if (!(validate53(data.waba, {instancePath:instancePath+"/waba",parentData:data,parentDataProperty:"waba",rootData}))) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "signupCallback") || (key0 === "setupFinalization"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.signupCallback !== undefined && func0.call(data, "signupCallback")) {
      if (!(validate24(data.signupCallback, {instancePath:instancePath+"/signupCallback",parentData:data,parentDataProperty:"signupCallback",rootData}))) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.setupFinalization !== undefined && func0.call(data, "setupFinalization")) {
      if (!(validate30(data.setupFinalization, {instancePath:instancePath+"/setupFinalization",parentData:data,parentDataProperty:"setupFinalization",rootData}))) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export const explainAssociateWhatsAppBusinessAccountOutput = validate68;
function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 200 && (data.length > 400 || func48(data) > 200)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 200 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
const obj2 = /* @__PURE__ */ new Set(["COMPLETE","INCOMPLETE"]);
function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "string" && !obj2.has(data)) {
    const err1 = {instancePath,keyword:"scEnum",params:{constraint: "enum"},message:"must be one of: COMPLETE, INCOMPLETE"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
const pattern4 = /* @__PURE__ */ new RegExp("arn:.*:phone-number-id/[0-9a-zA-Z]+", "u");
const obj3 = /* @__PURE__ */ Object.freeze({insts: [[4,27],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,9,12],[0,10,13],[0,4,14],[0,6,15],[0,10,16],[0,11,17],[0,12,18],[0,13,19],[0,14,20],[1,23,21],[0,15,22],[0,14,22],[0,10,24],[0,5,25],[0,16,26]], classes: [{"ranges":[48,57,97,122,65,90],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[100,100],"negated":false}, {"ranges":[105,105],"negated":false}, {"ranges":[45,45],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[101,101],"negated":false}, {"ranges":[98,98],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[117,117],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[104,104],"negated":false}, {"ranges":[112,112],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[97,97],"negated":false}]});
function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 2048 && (data.length > 4096 || func48(data) > 2048)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))))) && (!((data.length < 256 ? pattern4.test(data) : func81(obj3, data))))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern arn:.*:phone-number-id/[0-9a-zA-Z]+"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
const pattern5 = /* @__PURE__ */ new RegExp(".*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*", "u");
function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 115 && (data.length > 230 || func48(data) > 115))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 115 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 115 && (data.length > 230 || func48(data) > 115))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1)))))) && (!(pattern5.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern .*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 200 && (data.length > 400 || func48(data) > 200)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 200 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 20 && (data.length > 40 || func48(data) > 20)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate89.errors = vErrors;
  return errors === 0;
}
function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 10 && (data.length > 20 || func48(data) > 10)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 10 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.arn === undefined) || (!(func0.call(data, "arn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.phoneNumber === undefined) || (!(func0.call(data, "phoneNumber")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "phoneNumber"},message:"must have required property '"+"phoneNumber"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.phoneNumberId === undefined) || (!(func0.call(data, "phoneNumberId")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "phoneNumberId"},message:"must have required property '"+"phoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if ((data.metaPhoneNumberId === undefined) || (!(func0.call(data, "metaPhoneNumberId")))) {
      const err4 = {instancePath,keyword:"required",params:{missingProperty: "metaPhoneNumberId"},message:"must have required property '"+"metaPhoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if ((data.displayPhoneNumberName === undefined) || (!(func0.call(data, "displayPhoneNumberName")))) {
      const err5 = {instancePath,keyword:"required",params:{missingProperty: "displayPhoneNumberName"},message:"must have required property '"+"displayPhoneNumberName"+"'"};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if ((data.displayPhoneNumber === undefined) || (!(func0.call(data, "displayPhoneNumber")))) {
      const err6 = {instancePath,keyword:"required",params:{missingProperty: "displayPhoneNumber"},message:"must have required property '"+"displayPhoneNumber"+"'"};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if ((data.qualityRating === undefined) || (!(func0.call(data, "qualityRating")))) {
      const err7 = {instancePath,keyword:"required",params:{missingProperty: "qualityRating"},message:"must have required property '"+"qualityRating"+"'"};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((((((key0 === "arn") || (key0 === "phoneNumber")) || (key0 === "phoneNumberId")) || (key0 === "metaPhoneNumberId")) || (key0 === "displayPhoneNumberName")) || (key0 === "displayPhoneNumber")) || (key0 === "qualityRating")) || (key0 === "dataLocalizationRegion"))) {
        const err8 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.arn !== undefined && func0.call(data, "arn")) {
      if (!(validate80(data.arn, {instancePath:instancePath+"/arn",parentData:data,parentDataProperty:"arn",rootData}))) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumber !== undefined && func0.call(data, "phoneNumber")) {
      if (!(validate82(data.phoneNumber, {instancePath:instancePath+"/phoneNumber",parentData:data,parentDataProperty:"phoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumberId !== undefined && func0.call(data, "phoneNumberId")) {
      if (!(validate84(data.phoneNumberId, {instancePath:instancePath+"/phoneNumberId",parentData:data,parentDataProperty:"phoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.metaPhoneNumberId !== undefined && func0.call(data, "metaPhoneNumberId")) {
      if (!(validate35(data.metaPhoneNumberId, {instancePath:instancePath+"/metaPhoneNumberId",parentData:data,parentDataProperty:"metaPhoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.displayPhoneNumberName !== undefined && func0.call(data, "displayPhoneNumberName")) {
      if (!(validate87(data.displayPhoneNumberName, {instancePath:instancePath+"/displayPhoneNumberName",parentData:data,parentDataProperty:"displayPhoneNumberName",rootData}))) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.displayPhoneNumber !== undefined && func0.call(data, "displayPhoneNumber")) {
      if (!(validate89(data.displayPhoneNumber, {instancePath:instancePath+"/displayPhoneNumber",parentData:data,parentDataProperty:"displayPhoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
        errors = vErrors.length;
      }
    }
    if (data.qualityRating !== undefined && func0.call(data, "qualityRating")) {
      if (!(validate91(data.qualityRating, {instancePath:instancePath+"/qualityRating",parentData:data,parentDataProperty:"qualityRating",rootData}))) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataLocalizationRegion !== undefined && func0.call(data, "dataLocalizationRegion")) {
      if (!(validate39(data.dataLocalizationRegion, {instancePath:instancePath+"/dataLocalizationRegion",parentData:data,parentDataProperty:"dataLocalizationRegion",rootData}))) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
  }
  validate79.errors = vErrors;
  return errors === 0;
}
function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate79(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
  }
  validate78.errors = vErrors;
  return errors === 0;
}
function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "accountName") || (key0 === "registrationStatus")) || (key0 === "unregisteredWhatsAppPhoneNumbers")) || (key0 === "wabaId"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.accountName !== undefined && func0.call(data, "accountName")) {
      if (!(validate74(data.accountName, {instancePath:instancePath+"/accountName",parentData:data,parentDataProperty:"accountName",rootData}))) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.registrationStatus !== undefined && func0.call(data, "registrationStatus")) {
      if (!(validate76(data.registrationStatus, {instancePath:instancePath+"/registrationStatus",parentData:data,parentDataProperty:"registrationStatus",rootData}))) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.unregisteredWhatsAppPhoneNumbers !== undefined && func0.call(data, "unregisteredWhatsAppPhoneNumbers")) {
      if (!(validate78(data.unregisteredWhatsAppPhoneNumbers, {instancePath:instancePath+"/unregisteredWhatsAppPhoneNumbers",parentData:data,parentDataProperty:"unregisteredWhatsAppPhoneNumbers",rootData}))) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.wabaId !== undefined && func0.call(data, "wabaId")) {
      if (!(validate51(data.wabaId, {instancePath:instancePath+"/wabaId",parentData:data,parentDataProperty:"wabaId",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const _errs0 = errors;
      if (!(typeof key0 == "string")) {
        const err1 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ((typeof key0 == "string") && (((key0.length > 100 && (key0.length > 200 || func48(key0) > 100))) || ((key0.length < 2 && (key0.length < 1 || func48(key0) < 1))))) {
        const err2 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs0 === errors;
      if (!valid0) {
        const err3 = {instancePath,keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      if (!(validate73(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "associateInProgressToken") || (key0 === "linkedAccountsWithIncompleteSetup"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.associateInProgressToken !== undefined && func0.call(data, "associateInProgressToken")) {
      if (!(validate31(data.associateInProgressToken, {instancePath:instancePath+"/associateInProgressToken",parentData:data,parentDataProperty:"associateInProgressToken",rootData}))) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkedAccountsWithIncompleteSetup !== undefined && func0.call(data, "linkedAccountsWithIncompleteSetup")) {
      if (!(validate72(data.linkedAccountsWithIncompleteSetup, {instancePath:instancePath+"/linkedAccountsWithIncompleteSetup",parentData:data,parentDataProperty:"linkedAccountsWithIncompleteSetup",rootData}))) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!((typeof data == "number" && Number.isInteger(data)) && (data >= -2147483648 && data <= 2147483647))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an integer (-2147483648 to 2147483647)"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "signupCallbackResult") || (key0 === "statusCode")) || (key0 === "linkedWhatsAppBusinessAccountId"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.signupCallbackResult !== undefined && func0.call(data, "signupCallbackResult")) {
      if (!(validate70(data.signupCallbackResult, {instancePath:instancePath+"/signupCallbackResult",parentData:data,parentDataProperty:"signupCallbackResult",rootData}))) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
      if (!(validate100(data.statusCode, {instancePath:instancePath+"/statusCode",parentData:data,parentDataProperty:"statusCode",rootData}))) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkedWhatsAppBusinessAccountId !== undefined && func0.call(data, "linkedWhatsAppBusinessAccountId")) {
      if (!(validate51(data.linkedWhatsAppBusinessAccountId, {instancePath:instancePath+"/linkedWhatsAppBusinessAccountId",parentData:data,parentDataProperty:"linkedWhatsAppBusinessAccountId",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
    errors = vErrors.length;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppDatasetInput = validate104;
function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "id")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate105.errors = vErrors;
  return errors === 0;
}
function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate105(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
    errors = vErrors.length;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppDatasetOutput = validate108;
const pattern6 = /* @__PURE__ */ new RegExp("[0-9]+", "u");
function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 20 && (data.length < 10 || func48(data) < 10))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 10 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 20 && (data.length < 10 || func48(data) < 10)))))) && (!(pattern6.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern [0-9]+"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate110.errors = vErrors;
  return errors === 0;
}
function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.datasetId === undefined) || (!(func0.call(data, "datasetId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "datasetId"},message:"must have required property '"+"datasetId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "datasetId")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
      if (!(validate110(data.datasetId, {instancePath:instancePath+"/datasetId",parentData:data,parentDataProperty:"datasetId",rootData}))) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
  }
  validate109.errors = vErrors;
  return errors === 0;
}
function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate109(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
    errors = vErrors.length;
  }
  validate108.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppFlowInput = validate113;
function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 200 && (data.length > 400 || func48(data) > 200))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 200 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate116.errors = vErrors;
  return errors === 0;
}
const obj4 = /* @__PURE__ */ new Set(["SIGN_UP","SIGN_IN","APPOINTMENT_BOOKING","LEAD_GENERATION","SHOPPING","CONTACT_US","CUSTOMER_SUPPORT","SURVEY","OTHER"]);
function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "string" && !obj4.has(data)) {
    const err1 = {instancePath,keyword:"scEnum",params:{constraint: "enum"},message:"must be one of: SIGN_UP, SIGN_IN, APPOINTMENT_BOOKING, LEAD_GENERATION, SHOPPING, CONTACT_US, CUSTOMER_SUPPORT, SURVEY, OTHER"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate119.errors = vErrors;
  return errors === 0;
}
function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((Array.isArray(data)) && ((data.length > 9) || (data.length < 1))) {
    const err1 = {instancePath,keyword:"scCount",params:{constraint: "length"},message:"must have between 1 and 9 items"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate119(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
        errors = vErrors.length;
      }
    }
  }
  validate118.errors = vErrors;
  return errors === 0;
}
const obj5 = /* @__PURE__ */ new TextEncoder();
function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(data instanceof Uint8Array || typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a Uint8Array or a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((data instanceof Uint8Array || typeof data == "string")) && (((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) > 10485760) || ((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) < 1))) {
    const err1 = {instancePath,keyword:"scBytes",params:{constraint: "length"},message:"length must be between 1 and 10485760 bytes"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1)))))) && (!(pattern6.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern [0-9]+"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate126.errors = vErrors;
  return errors === 0;
}
function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowName === undefined) || (!(func0.call(data, "flowName")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowName"},message:"must have required property '"+"flowName"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.categories === undefined) || (!(func0.call(data, "categories")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((((key0 === "id") || (key0 === "flowName")) || (key0 === "categories")) || (key0 === "flowJson")) || (key0 === "publish")) || (key0 === "cloneFlowId"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowName !== undefined && func0.call(data, "flowName")) {
      if (!(validate116(data.flowName, {instancePath:instancePath+"/flowName",parentData:data,parentDataProperty:"flowName",rootData}))) {
        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.categories !== undefined && func0.call(data, "categories")) {
      if (!(validate118(data.categories, {instancePath:instancePath+"/categories",parentData:data,parentDataProperty:"categories",rootData}))) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowJson !== undefined && func0.call(data, "flowJson")) {
      if (!(validate122(data.flowJson, {instancePath:instancePath+"/flowJson",parentData:data,parentDataProperty:"flowJson",rootData}))) {
        vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
        errors = vErrors.length;
      }
    }
    if (data.publish !== undefined && func0.call(data, "publish")) {
      if (!(validate124(data.publish, {instancePath:instancePath+"/publish",parentData:data,parentDataProperty:"publish",rootData}))) {
        vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
        errors = vErrors.length;
      }
    }
    if (data.cloneFlowId !== undefined && func0.call(data, "cloneFlowId")) {
      if (!(validate126(data.cloneFlowId, {instancePath:instancePath+"/cloneFlowId",parentData:data,parentDataProperty:"cloneFlowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
  }
  validate114.errors = vErrors;
  return errors === 0;
}
function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate114(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
    errors = vErrors.length;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppFlowOutput = validate129;
function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 1048576 && (data.length > 2097152 || func48(data) > 1048576)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 1048576 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate133(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
  }
  validate132.errors = vErrors;
  return errors === 0;
}
function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "flowId") || (key0 === "validationErrors"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
      if (!(validate132(data.validationErrors, {instancePath:instancePath+"/validationErrors",parentData:data,parentDataProperty:"validationErrors",rootData}))) {
        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
        errors = vErrors.length;
      }
    }
  }
  validate130.errors = vErrors;
  return errors === 0;
}
function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate130(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
    errors = vErrors.length;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppMessageTemplateInput = validate137;
function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(data instanceof Uint8Array || typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a Uint8Array or a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((data instanceof Uint8Array || typeof data == "string")) && (((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) > 6000) || ((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) < 1))) {
    const err1 = {instancePath,keyword:"scBytes",params:{constraint: "length"},message:"length must be between 1 and 6000 bytes"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate139.errors = vErrors;
  return errors === 0;
}
function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.templateDefinition === undefined) || (!(func0.call(data, "templateDefinition")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "templateDefinition"},message:"must have required property '"+"templateDefinition"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "templateDefinition") || (key0 === "id"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.templateDefinition !== undefined && func0.call(data, "templateDefinition")) {
      if (!(validate139(data.templateDefinition, {instancePath:instancePath+"/templateDefinition",parentData:data,parentDataProperty:"templateDefinition",rootData}))) {
        vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate138(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
    errors = vErrors.length;
  }
  validate137.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppMessageTemplateOutput = validate143;
function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1)))))) && (!(pattern6.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern [0-9]+"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate145.errors = vErrors;
  return errors === 0;
}
function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate147.errors = vErrors;
  return errors === 0;
}
function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate149.errors = vErrors;
  return errors === 0;
}
function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "metaTemplateId") || (key0 === "templateStatus")) || (key0 === "category"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
      if (!(validate145(data.metaTemplateId, {instancePath:instancePath+"/metaTemplateId",parentData:data,parentDataProperty:"metaTemplateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateStatus !== undefined && func0.call(data, "templateStatus")) {
      if (!(validate147(data.templateStatus, {instancePath:instancePath+"/templateStatus",parentData:data,parentDataProperty:"templateStatus",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
    if (data.category !== undefined && func0.call(data, "category")) {
      if (!(validate149(data.category, {instancePath:instancePath+"/category",parentData:data,parentDataProperty:"category",rootData}))) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
  }
  validate144.errors = vErrors;
  return errors === 0;
}
function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate144(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
    errors = vErrors.length;
  }
  validate143.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppMessageTemplateFromLibraryInput = validate152;
function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 512 && (data.length > 1024 || func48(data) > 512))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 512 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate155.errors = vErrors;
  return errors === 0;
}
function validate159(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 6 && (data.length > 12 || func48(data) > 6))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 6 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate159.errors = vErrors;
  return errors === 0;
}
function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 25 && (data.length > 50 || func48(data) > 25))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 25 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate163.errors = vErrors;
  return errors === 0;
}
function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 400 && (data.length > 800 || func48(data) > 400))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 400 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate167.errors = vErrors;
  return errors === 0;
}
function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array)) && ((Object.keys(data).length > 10) || (Object.keys(data).length < 0))) {
    const err1 = {instancePath,keyword:"scCount",params:{constraint: "length"},message:"must have between 0 and 10 entries"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const _errs0 = errors;
      if (!(typeof key0 == "string")) {
        const err2 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ((typeof key0 == "string") && (((key0.length > 30 && (key0.length > 60 || func48(key0) > 30))) || ((key0.length < 2 && (key0.length < 1 || func48(key0) < 1))))) {
        const err3 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 30 characters",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs0 === errors;
      if (!valid0) {
        const err4 = {instancePath,keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      if (!(validate167(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))) {
        vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
        errors = vErrors.length;
      }
    }
  }
  validate166.errors = vErrors;
  return errors === 0;
}
function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 25 && (data.length > 50 || func48(data) > 25))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 25 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate170.errors = vErrors;
  return errors === 0;
}
function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate176.errors = vErrors;
  return errors === 0;
}
function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array)) && ((Object.keys(data).length > 10) || (Object.keys(data).length < 0))) {
    const err1 = {instancePath,keyword:"scCount",params:{constraint: "length"},message:"must have between 0 and 10 entries"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const _errs0 = errors;
      if (!(typeof key0 == "string")) {
        const err2 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ((typeof key0 == "string") && (((key0.length > 30 && (key0.length > 60 || func48(key0) > 30))) || ((key0.length < 2 && (key0.length < 1 || func48(key0) < 1))))) {
        const err3 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 30 characters",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs0 === errors;
      if (!valid0) {
        const err4 = {instancePath,keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      if (!(validate176(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))) {
        vErrors = vErrors === null ? validate176.errors : vErrors.concat(validate176.errors);
        errors = vErrors.length;
      }
    }
  }
  validate175.errors = vErrors;
  return errors === 0;
}
function validate174(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate175(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
        errors = vErrors.length;
      }
    }
  }
  validate174.errors = vErrors;
  return errors === 0;
}
function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((((((key0 === "type") || (key0 === "phoneNumber")) || (key0 === "url")) || (key0 === "otpType")) || (key0 === "zeroTapTermsAccepted")) || (key0 === "supportedApps"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined && func0.call(data, "type")) {
      if (!(validate163(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))) {
        vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumber !== undefined && func0.call(data, "phoneNumber")) {
      if (!(validate82(data.phoneNumber, {instancePath:instancePath+"/phoneNumber",parentData:data,parentDataProperty:"phoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined && func0.call(data, "url")) {
      if (!(validate166(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData}))) {
        vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
        errors = vErrors.length;
      }
    }
    if (data.otpType !== undefined && func0.call(data, "otpType")) {
      if (!(validate170(data.otpType, {instancePath:instancePath+"/otpType",parentData:data,parentDataProperty:"otpType",rootData}))) {
        vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
        errors = vErrors.length;
      }
    }
    if (data.zeroTapTermsAccepted !== undefined && func0.call(data, "zeroTapTermsAccepted")) {
      if (!(validate172(data.zeroTapTermsAccepted, {instancePath:instancePath+"/zeroTapTermsAccepted",parentData:data,parentDataProperty:"zeroTapTermsAccepted",rootData}))) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.supportedApps !== undefined && func0.call(data, "supportedApps")) {
      if (!(validate174(data.supportedApps, {instancePath:instancePath+"/supportedApps",parentData:data,parentDataProperty:"supportedApps",rootData}))) {
        vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
        errors = vErrors.length;
      }
    }
  }
  validate162.errors = vErrors;
  return errors === 0;
}
function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate162(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
        errors = vErrors.length;
      }
    }
  }
  validate161.errors = vErrors;
  return errors === 0;
}
function validate183(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate183.errors = vErrors;
  return errors === 0;
}
function validate185(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate185.errors = vErrors;
  return errors === 0;
}
function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate187.errors = vErrors;
  return errors === 0;
}
function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate189.errors = vErrors;
  return errors === 0;
}
function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!((typeof data == "number" && Number.isInteger(data)) && (data >= -2147483648 && data <= 2147483647))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an integer (-2147483648 to 2147483647)"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate191.errors = vErrors;
  return errors === 0;
}
function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(((((key0 === "addContactNumber") || (key0 === "addLearnMoreLink")) || (key0 === "addSecurityRecommendation")) || (key0 === "addTrackPackageLink")) || (key0 === "codeExpirationMinutes"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.addContactNumber !== undefined && func0.call(data, "addContactNumber")) {
      if (!(validate183(data.addContactNumber, {instancePath:instancePath+"/addContactNumber",parentData:data,parentDataProperty:"addContactNumber",rootData}))) {
        vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
        errors = vErrors.length;
      }
    }
    if (data.addLearnMoreLink !== undefined && func0.call(data, "addLearnMoreLink")) {
      if (!(validate185(data.addLearnMoreLink, {instancePath:instancePath+"/addLearnMoreLink",parentData:data,parentDataProperty:"addLearnMoreLink",rootData}))) {
        vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
        errors = vErrors.length;
      }
    }
    if (data.addSecurityRecommendation !== undefined && func0.call(data, "addSecurityRecommendation")) {
      if (!(validate187(data.addSecurityRecommendation, {instancePath:instancePath+"/addSecurityRecommendation",parentData:data,parentDataProperty:"addSecurityRecommendation",rootData}))) {
        vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
        errors = vErrors.length;
      }
    }
    if (data.addTrackPackageLink !== undefined && func0.call(data, "addTrackPackageLink")) {
      if (!(validate189(data.addTrackPackageLink, {instancePath:instancePath+"/addTrackPackageLink",parentData:data,parentDataProperty:"addTrackPackageLink",rootData}))) {
        vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
        errors = vErrors.length;
      }
    }
    if (data.codeExpirationMinutes !== undefined && func0.call(data, "codeExpirationMinutes")) {
      if (!(validate191(data.codeExpirationMinutes, {instancePath:instancePath+"/codeExpirationMinutes",parentData:data,parentDataProperty:"codeExpirationMinutes",rootData}))) {
        vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
        errors = vErrors.length;
      }
    }
  }
  validate182.errors = vErrors;
  return errors === 0;
}
function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.templateName === undefined) || (!(func0.call(data, "templateName")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "templateName"},message:"must have required property '"+"templateName"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.libraryTemplateName === undefined) || (!(func0.call(data, "libraryTemplateName")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "libraryTemplateName"},message:"must have required property '"+"libraryTemplateName"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.templateCategory === undefined) || (!(func0.call(data, "templateCategory")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "templateCategory"},message:"must have required property '"+"templateCategory"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if ((data.templateLanguage === undefined) || (!(func0.call(data, "templateLanguage")))) {
      const err4 = {instancePath,keyword:"required",params:{missingProperty: "templateLanguage"},message:"must have required property '"+"templateLanguage"+"'"};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((((key0 === "templateName") || (key0 === "libraryTemplateName")) || (key0 === "templateCategory")) || (key0 === "templateLanguage")) || (key0 === "libraryTemplateButtonInputs")) || (key0 === "libraryTemplateBodyInputs"))) {
        const err5 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.templateName !== undefined && func0.call(data, "templateName")) {
      if (!(validate155(data.templateName, {instancePath:instancePath+"/templateName",parentData:data,parentDataProperty:"templateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.libraryTemplateName !== undefined && func0.call(data, "libraryTemplateName")) {
      if (!(validate155(data.libraryTemplateName, {instancePath:instancePath+"/libraryTemplateName",parentData:data,parentDataProperty:"libraryTemplateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
      if (!(validate149(data.templateCategory, {instancePath:instancePath+"/templateCategory",parentData:data,parentDataProperty:"templateCategory",rootData}))) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateLanguage !== undefined && func0.call(data, "templateLanguage")) {
      if (!(validate159(data.templateLanguage, {instancePath:instancePath+"/templateLanguage",parentData:data,parentDataProperty:"templateLanguage",rootData}))) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
    if (data.libraryTemplateButtonInputs !== undefined && func0.call(data, "libraryTemplateButtonInputs")) {
      if (!(validate161(data.libraryTemplateButtonInputs, {instancePath:instancePath+"/libraryTemplateButtonInputs",parentData:data,parentDataProperty:"libraryTemplateButtonInputs",rootData}))) {
        vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
        errors = vErrors.length;
      }
    }
    if (data.libraryTemplateBodyInputs !== undefined && func0.call(data, "libraryTemplateBodyInputs")) {
      if (!(validate182(data.libraryTemplateBodyInputs, {instancePath:instancePath+"/libraryTemplateBodyInputs",parentData:data,parentDataProperty:"libraryTemplateBodyInputs",rootData}))) {
        vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
        errors = vErrors.length;
      }
    }
  }
  validate154.errors = vErrors;
  return errors === 0;
}
function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.metaLibraryTemplate === undefined) || (!(func0.call(data, "metaLibraryTemplate")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "metaLibraryTemplate"},message:"must have required property '"+"metaLibraryTemplate"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "metaLibraryTemplate") || (key0 === "id"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.metaLibraryTemplate !== undefined && func0.call(data, "metaLibraryTemplate")) {
      if (!(validate154(data.metaLibraryTemplate, {instancePath:instancePath+"/metaLibraryTemplate",parentData:data,parentDataProperty:"metaLibraryTemplate",rootData}))) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate153.errors = vErrors;
  return errors === 0;
}
function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate153(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
    errors = vErrors.length;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppMessageTemplateFromLibraryOutput = validate197;
function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "metaTemplateId") || (key0 === "templateStatus")) || (key0 === "category"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
      if (!(validate145(data.metaTemplateId, {instancePath:instancePath+"/metaTemplateId",parentData:data,parentDataProperty:"metaTemplateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateStatus !== undefined && func0.call(data, "templateStatus")) {
      if (!(validate147(data.templateStatus, {instancePath:instancePath+"/templateStatus",parentData:data,parentDataProperty:"templateStatus",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
    if (data.category !== undefined && func0.call(data, "category")) {
      if (!(validate149(data.category, {instancePath:instancePath+"/category",parentData:data,parentDataProperty:"category",rootData}))) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
  }
  validate198.errors = vErrors;
  return errors === 0;
}
function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate198(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
    errors = vErrors.length;
  }
  validate197.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppMessageTemplateMediaInput = validate203;
const pattern9 = /* @__PURE__ */ new RegExp("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "u");
function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 63 && (data.length > 126 || func48(data) > 63))) || ((data.length < 6 && (data.length < 3 || func48(data) < 3))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 3 and 63 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 63 && (data.length > 126 || func48(data) > 63))) || ((data.length < 6 && (data.length < 3 || func48(data) < 3)))))) && (!(pattern9.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern [a-z0-9][a-z0-9.\\-]*[a-z0-9]"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate207.errors = vErrors;
  return errors === 0;
}
function validate209(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 1024 && (data.length > 2048 || func48(data) > 1024)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 1024 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate209.errors = vErrors;
  return errors === 0;
}
function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.bucketName === undefined) || (!(func0.call(data, "bucketName")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "bucketName"},message:"must have required property '"+"bucketName"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.key === undefined) || (!(func0.call(data, "key")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "bucketName") || (key0 === "key"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.bucketName !== undefined && func0.call(data, "bucketName")) {
      if (!(validate207(data.bucketName, {instancePath:instancePath+"/bucketName",parentData:data,parentDataProperty:"bucketName",rootData}))) {
        vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
        errors = vErrors.length;
      }
    }
    if (data.key !== undefined && func0.call(data, "key")) {
      if (!(validate209(data.key, {instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData}))) {
        vErrors = vErrors === null ? validate209.errors : vErrors.concat(validate209.errors);
        errors = vErrors.length;
      }
    }
  }
  validate206.errors = vErrors;
  return errors === 0;
}
function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "id") || (key0 === "sourceS3File"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.sourceS3File !== undefined && func0.call(data, "sourceS3File")) {
      if (!(validate206(data.sourceS3File, {instancePath:instancePath+"/sourceS3File",parentData:data,parentDataProperty:"sourceS3File",rootData}))) {
        vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
        errors = vErrors.length;
      }
    }
  }
  validate204.errors = vErrors;
  return errors === 0;
}
function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate204(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
    errors = vErrors.length;
  }
  validate203.errors = vErrors;
  return errors === 0;
}
export const explainCreateWhatsAppMessageTemplateMediaOutput = validate213;
function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "metaHeaderHandle")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metaHeaderHandle !== undefined && func0.call(data, "metaHeaderHandle")) {
      if (!(validate147(data.metaHeaderHandle, {instancePath:instancePath+"/metaHeaderHandle",parentData:data,parentDataProperty:"metaHeaderHandle",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate214.errors = vErrors;
  return errors === 0;
}
function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate214(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
    errors = vErrors.length;
  }
  validate213.errors = vErrors;
  return errors === 0;
}
export const explainDeleteWhatsAppFlowInput = validate217;
function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "id") || (key0 === "flowId"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
  }
  validate218.errors = vErrors;
  return errors === 0;
}
function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate218(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
    errors = vErrors.length;
  }
  validate217.errors = vErrors;
  return errors === 0;
}
export const explainDeleteWhatsAppFlowOutput = validate222;
function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate223.errors = vErrors;
  return errors === 0;
}
function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate223(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate223.errors : vErrors.concat(validate223.errors);
    errors = vErrors.length;
  }
  validate222.errors = vErrors;
  return errors === 0;
}
export const explainDeleteWhatsAppMessageMediaInput = validate225;
const pattern10 = /* @__PURE__ */ new RegExp("[A-Za-z0-9]+", "u");
function validate227(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1)))))) && (!(pattern10.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern [A-Za-z0-9]+"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate227.errors = vErrors;
  return errors === 0;
}
function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.mediaId === undefined) || (!(func0.call(data, "mediaId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "mediaId"},message:"must have required property '"+"mediaId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "originationPhoneNumberId"},message:"must have required property '"+"originationPhoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "mediaId") || (key0 === "originationPhoneNumberId"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mediaId !== undefined && func0.call(data, "mediaId")) {
      if (!(validate227(data.mediaId, {instancePath:instancePath+"/mediaId",parentData:data,parentDataProperty:"mediaId",rootData}))) {
        vErrors = vErrors === null ? validate227.errors : vErrors.concat(validate227.errors);
        errors = vErrors.length;
      }
    }
    if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
      if (!(validate84(data.originationPhoneNumberId, {instancePath:instancePath+"/originationPhoneNumberId",parentData:data,parentDataProperty:"originationPhoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
  }
  validate226.errors = vErrors;
  return errors === 0;
}
function validate225(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate226(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate226.errors : vErrors.concat(validate226.errors);
    errors = vErrors.length;
  }
  validate225.errors = vErrors;
  return errors === 0;
}
export const explainDeleteWhatsAppMessageMediaOutput = validate231;
function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "success")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.success !== undefined && func0.call(data, "success")) {
      if (!(validate124(data.success, {instancePath:instancePath+"/success",parentData:data,parentDataProperty:"success",rootData}))) {
        vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
        errors = vErrors.length;
      }
    }
  }
  validate232.errors = vErrors;
  return errors === 0;
}
function validate231(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate232(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors);
    errors = vErrors.length;
  }
  validate231.errors = vErrors;
  return errors === 0;
}
export const explainDeleteWhatsAppMessageTemplateInput = validate235;
function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate238.errors = vErrors;
  return errors === 0;
}
function validate236(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.templateName === undefined) || (!(func0.call(data, "templateName")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "templateName"},message:"must have required property '"+"templateName"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "metaTemplateId") || (key0 === "deleteAllLanguages")) || (key0 === "id")) || (key0 === "templateName"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
      if (!(validate145(data.metaTemplateId, {instancePath:instancePath+"/metaTemplateId",parentData:data,parentDataProperty:"metaTemplateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.deleteAllLanguages !== undefined && func0.call(data, "deleteAllLanguages")) {
      if (!(validate238(data.deleteAllLanguages, {instancePath:instancePath+"/deleteAllLanguages",parentData:data,parentDataProperty:"deleteAllLanguages",rootData}))) {
        vErrors = vErrors === null ? validate238.errors : vErrors.concat(validate238.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateName !== undefined && func0.call(data, "templateName")) {
      if (!(validate155(data.templateName, {instancePath:instancePath+"/templateName",parentData:data,parentDataProperty:"templateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
  }
  validate236.errors = vErrors;
  return errors === 0;
}
function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate236(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate236.errors : vErrors.concat(validate236.errors);
    errors = vErrors.length;
  }
  validate235.errors = vErrors;
  return errors === 0;
}
export const explainDeleteWhatsAppMessageTemplateOutput = validate243;
function validate244(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate244.errors = vErrors;
  return errors === 0;
}
function validate243(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate244(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
    errors = vErrors.length;
  }
  validate243.errors = vErrors;
  return errors === 0;
}
export const explainDeprecateWhatsAppFlowInput = validate246;
function validate247(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "id") || (key0 === "flowId"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
  }
  validate247.errors = vErrors;
  return errors === 0;
}
function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate247(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate247.errors : vErrors.concat(validate247.errors);
    errors = vErrors.length;
  }
  validate246.errors = vErrors;
  return errors === 0;
}
export const explainDeprecateWhatsAppFlowOutput = validate251;
function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate252.errors = vErrors;
  return errors === 0;
}
function validate251(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate252(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
    errors = vErrors.length;
  }
  validate251.errors = vErrors;
  return errors === 0;
}
export const explainDisassociateWhatsAppBusinessAccountInput = validate254;
function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "id")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate255.errors = vErrors;
  return errors === 0;
}
function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate255(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate255.errors : vErrors.concat(validate255.errors);
    errors = vErrors.length;
  }
  validate254.errors = vErrors;
  return errors === 0;
}
export const explainDisassociateWhatsAppBusinessAccountOutput = validate258;
function validate259(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate259.errors = vErrors;
  return errors === 0;
}
function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate259(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
    errors = vErrors.length;
  }
  validate258.errors = vErrors;
  return errors === 0;
}
export const explainGetLinkedWhatsAppBusinessAccountInput = validate261;
function validate262(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "id")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate262.errors = vErrors;
  return errors === 0;
}
function validate261(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate262(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
    errors = vErrors.length;
  }
  validate261.errors = vErrors;
  return errors === 0;
}
export const explainGetLinkedWhatsAppBusinessAccountOutput = validate265;
const schema127 = {"scType":"object","properties":{"arn":{"$ref":"#/$defs/LinkedWhatsAppBusinessAccountArn"},"id":{"$ref":"#/$defs/LinkedWhatsAppBusinessAccountId"},"wabaId":{"$ref":"#/$defs/WhatsAppBusinessAccountId"},"registrationStatus":{"$ref":"#/$defs/RegistrationStatus"},"linkDate":{"$ref":"#/$defs/WhatsAppBusinessAccountLinkDate"},"wabaName":{"$ref":"#/$defs/WhatsAppBusinessAccountName"},"eventDestinations":{"$ref":"#/$defs/WhatsAppBusinessAccountEventDestinations"},"marketingMessagesOnboardingStatus":{"$ref":"#/$defs/WhatsAppBusinessAccountMarketingMessagesOnboardingStatus"},"datasetId":{"$ref":"#/$defs/WhatsAppDatasetId"},"phoneNumbers":{"$ref":"#/$defs/WhatsAppPhoneNumberSummaryList"}},"additionalProperties":false,"required":["arn","id","wabaId","registrationStatus","linkDate","wabaName","eventDestinations","phoneNumbers"]};
const pattern11 = /* @__PURE__ */ new RegExp("arn:.*:waba/[0-9a-zA-Z]+", "u");
const obj7 = /* @__PURE__ */ Object.freeze({insts: [[4,16],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,2,7],[0,4,8],[0,5,9],[1,12,10],[0,6,11],[0,5,11],[0,7,13],[0,8,14],[0,2,15]], classes: [{"ranges":[48,57,97,122,65,90],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[98,98],"negated":false}, {"ranges":[119,119],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[110,110],"negated":false}, {"ranges":[114,114],"negated":false}]});
function validate268(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 2048 && (data.length > 4096 || func48(data) > 2048)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))))) && (!((data.length < 256 ? pattern11.test(data) : func81(obj7, data))))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern arn:.*:waba/[0-9a-zA-Z]+"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate268.errors = vErrors;
  return errors === 0;
}
function validate273(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(data instanceof Date && !isNaN(data.getTime()))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a valid Date"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate273.errors = vErrors;
  return errors === 0;
}
function validate277(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 100 && (data.length > 200 || func48(data) > 100)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate277.errors = vErrors;
  return errors === 0;
}
function validate281(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.arn === undefined) || (!(func0.call(data, "arn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.phoneNumber === undefined) || (!(func0.call(data, "phoneNumber")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "phoneNumber"},message:"must have required property '"+"phoneNumber"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.phoneNumberId === undefined) || (!(func0.call(data, "phoneNumberId")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "phoneNumberId"},message:"must have required property '"+"phoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if ((data.metaPhoneNumberId === undefined) || (!(func0.call(data, "metaPhoneNumberId")))) {
      const err4 = {instancePath,keyword:"required",params:{missingProperty: "metaPhoneNumberId"},message:"must have required property '"+"metaPhoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if ((data.displayPhoneNumberName === undefined) || (!(func0.call(data, "displayPhoneNumberName")))) {
      const err5 = {instancePath,keyword:"required",params:{missingProperty: "displayPhoneNumberName"},message:"must have required property '"+"displayPhoneNumberName"+"'"};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if ((data.displayPhoneNumber === undefined) || (!(func0.call(data, "displayPhoneNumber")))) {
      const err6 = {instancePath,keyword:"required",params:{missingProperty: "displayPhoneNumber"},message:"must have required property '"+"displayPhoneNumber"+"'"};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if ((data.qualityRating === undefined) || (!(func0.call(data, "qualityRating")))) {
      const err7 = {instancePath,keyword:"required",params:{missingProperty: "qualityRating"},message:"must have required property '"+"qualityRating"+"'"};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((((((key0 === "arn") || (key0 === "phoneNumber")) || (key0 === "phoneNumberId")) || (key0 === "metaPhoneNumberId")) || (key0 === "displayPhoneNumberName")) || (key0 === "displayPhoneNumber")) || (key0 === "qualityRating")) || (key0 === "dataLocalizationRegion"))) {
        const err8 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.arn !== undefined && func0.call(data, "arn")) {
      if (!(validate80(data.arn, {instancePath:instancePath+"/arn",parentData:data,parentDataProperty:"arn",rootData}))) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumber !== undefined && func0.call(data, "phoneNumber")) {
      if (!(validate82(data.phoneNumber, {instancePath:instancePath+"/phoneNumber",parentData:data,parentDataProperty:"phoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumberId !== undefined && func0.call(data, "phoneNumberId")) {
      if (!(validate84(data.phoneNumberId, {instancePath:instancePath+"/phoneNumberId",parentData:data,parentDataProperty:"phoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.metaPhoneNumberId !== undefined && func0.call(data, "metaPhoneNumberId")) {
      if (!(validate35(data.metaPhoneNumberId, {instancePath:instancePath+"/metaPhoneNumberId",parentData:data,parentDataProperty:"metaPhoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.displayPhoneNumberName !== undefined && func0.call(data, "displayPhoneNumberName")) {
      if (!(validate87(data.displayPhoneNumberName, {instancePath:instancePath+"/displayPhoneNumberName",parentData:data,parentDataProperty:"displayPhoneNumberName",rootData}))) {
        vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
        errors = vErrors.length;
      }
    }
    if (data.displayPhoneNumber !== undefined && func0.call(data, "displayPhoneNumber")) {
      if (!(validate89(data.displayPhoneNumber, {instancePath:instancePath+"/displayPhoneNumber",parentData:data,parentDataProperty:"displayPhoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
        errors = vErrors.length;
      }
    }
    if (data.qualityRating !== undefined && func0.call(data, "qualityRating")) {
      if (!(validate91(data.qualityRating, {instancePath:instancePath+"/qualityRating",parentData:data,parentDataProperty:"qualityRating",rootData}))) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataLocalizationRegion !== undefined && func0.call(data, "dataLocalizationRegion")) {
      if (!(validate39(data.dataLocalizationRegion, {instancePath:instancePath+"/dataLocalizationRegion",parentData:data,parentDataProperty:"dataLocalizationRegion",rootData}))) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
  }
  validate281.errors = vErrors;
  return errors === 0;
}
function validate280(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate281(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate281.errors : vErrors.concat(validate281.errors);
        errors = vErrors.length;
      }
    }
  }
  validate280.errors = vErrors;
  return errors === 0;
}
function validate267(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.arn === undefined) || (!(func0.call(data, "arn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.wabaId === undefined) || (!(func0.call(data, "wabaId")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "wabaId"},message:"must have required property '"+"wabaId"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if ((data.registrationStatus === undefined) || (!(func0.call(data, "registrationStatus")))) {
      const err4 = {instancePath,keyword:"required",params:{missingProperty: "registrationStatus"},message:"must have required property '"+"registrationStatus"+"'"};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if ((data.linkDate === undefined) || (!(func0.call(data, "linkDate")))) {
      const err5 = {instancePath,keyword:"required",params:{missingProperty: "linkDate"},message:"must have required property '"+"linkDate"+"'"};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if ((data.wabaName === undefined) || (!(func0.call(data, "wabaName")))) {
      const err6 = {instancePath,keyword:"required",params:{missingProperty: "wabaName"},message:"must have required property '"+"wabaName"+"'"};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if ((data.eventDestinations === undefined) || (!(func0.call(data, "eventDestinations")))) {
      const err7 = {instancePath,keyword:"required",params:{missingProperty: "eventDestinations"},message:"must have required property '"+"eventDestinations"+"'"};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if ((data.phoneNumbers === undefined) || (!(func0.call(data, "phoneNumbers")))) {
      const err8 = {instancePath,keyword:"required",params:{missingProperty: "phoneNumbers"},message:"must have required property '"+"phoneNumbers"+"'"};
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(func0.call(schema127.properties, key0))) {
        const err9 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.arn !== undefined && func0.call(data, "arn")) {
      if (!(validate268(data.arn, {instancePath:instancePath+"/arn",parentData:data,parentDataProperty:"arn",rootData}))) {
        vErrors = vErrors === null ? validate268.errors : vErrors.concat(validate268.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.wabaId !== undefined && func0.call(data, "wabaId")) {
      if (!(validate54(data.wabaId, {instancePath:instancePath+"/wabaId",parentData:data,parentDataProperty:"wabaId",rootData}))) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.registrationStatus !== undefined && func0.call(data, "registrationStatus")) {
      if (!(validate76(data.registrationStatus, {instancePath:instancePath+"/registrationStatus",parentData:data,parentDataProperty:"registrationStatus",rootData}))) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkDate !== undefined && func0.call(data, "linkDate")) {
      if (!(validate273(data.linkDate, {instancePath:instancePath+"/linkDate",parentData:data,parentDataProperty:"linkDate",rootData}))) {
        vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
        errors = vErrors.length;
      }
    }
    if (data.wabaName !== undefined && func0.call(data, "wabaName")) {
      if (!(validate74(data.wabaName, {instancePath:instancePath+"/wabaName",parentData:data,parentDataProperty:"wabaName",rootData}))) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventDestinations !== undefined && func0.call(data, "eventDestinations")) {
      if (!(validate56(data.eventDestinations, {instancePath:instancePath+"/eventDestinations",parentData:data,parentDataProperty:"eventDestinations",rootData}))) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.marketingMessagesOnboardingStatus !== undefined && func0.call(data, "marketingMessagesOnboardingStatus")) {
      if (!(validate277(data.marketingMessagesOnboardingStatus, {instancePath:instancePath+"/marketingMessagesOnboardingStatus",parentData:data,parentDataProperty:"marketingMessagesOnboardingStatus",rootData}))) {
        vErrors = vErrors === null ? validate277.errors : vErrors.concat(validate277.errors);
        errors = vErrors.length;
      }
    }
    if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
      if (!(validate110(data.datasetId, {instancePath:instancePath+"/datasetId",parentData:data,parentDataProperty:"datasetId",rootData}))) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumbers !== undefined && func0.call(data, "phoneNumbers")) {
      if (!(validate280(data.phoneNumbers, {instancePath:instancePath+"/phoneNumbers",parentData:data,parentDataProperty:"phoneNumbers",rootData}))) {
        vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
        errors = vErrors.length;
      }
    }
  }
  validate267.errors = vErrors;
  return errors === 0;
}
function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "account")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.account !== undefined && func0.call(data, "account")) {
      if (!(validate267(data.account, {instancePath:instancePath+"/account",parentData:data,parentDataProperty:"account",rootData}))) {
        vErrors = vErrors === null ? validate267.errors : vErrors.concat(validate267.errors);
        errors = vErrors.length;
      }
    }
  }
  validate266.errors = vErrors;
  return errors === 0;
}
function validate265(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate266(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate266.errors : vErrors.concat(validate266.errors);
    errors = vErrors.length;
  }
  validate265.errors = vErrors;
  return errors === 0;
}
export const explainGetLinkedWhatsAppBusinessAccountPhoneNumberInput = validate294;
function validate295(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "id")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate84(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
  }
  validate295.errors = vErrors;
  return errors === 0;
}
function validate294(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate295(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate295.errors : vErrors.concat(validate295.errors);
    errors = vErrors.length;
  }
  validate294.errors = vErrors;
  return errors === 0;
}
export const explainGetLinkedWhatsAppBusinessAccountPhoneNumberOutput = validate298;
function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "phoneNumber") || (key0 === "linkedWhatsAppBusinessAccountId"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.phoneNumber !== undefined && func0.call(data, "phoneNumber")) {
      if (!(validate79(data.phoneNumber, {instancePath:instancePath+"/phoneNumber",parentData:data,parentDataProperty:"phoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkedWhatsAppBusinessAccountId !== undefined && func0.call(data, "linkedWhatsAppBusinessAccountId")) {
      if (!(validate51(data.linkedWhatsAppBusinessAccountId, {instancePath:instancePath+"/linkedWhatsAppBusinessAccountId",parentData:data,parentDataProperty:"linkedWhatsAppBusinessAccountId",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
  }
  validate299.errors = vErrors;
  return errors === 0;
}
function validate298(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate299(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
    errors = vErrors.length;
  }
  validate298.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppFlowInput = validate303;
function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "id") || (key0 === "flowId"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
  }
  validate304.errors = vErrors;
  return errors === 0;
}
function validate303(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate304(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate304.errors : vErrors.concat(validate304.errors);
    errors = vErrors.length;
  }
  validate303.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppFlowOutput = validate308;
const schema140 = {"scType":"object","properties":{"flowId":{"$ref":"#/$defs/MetaFlowId"},"flowName":{"$ref":"#/$defs/MetaFlowName"},"flowStatus":{"$ref":"#/$defs/MetaFlowStatus"},"categories":{"$ref":"#/$defs/MetaFlowCategoryList"},"validationErrors":{"$ref":"#/$defs/ValidationErrorList"},"jsonVersion":{"$ref":"#/$defs/MetaFlowJsonVersion"},"dataApiVersion":{"$ref":"#/$defs/MetaFlowDataApiVersion"},"endpointUri":{"$ref":"#/$defs/MetaFlowEndpointUri"},"preview":{"$ref":"#/$defs/MetaFlowPreviewInfo"},"whatsAppBusinessAccount":{"$ref":"#/$defs/MetaFlowWhatsAppBusinessAccountInfo"},"application":{"$ref":"#/$defs/MetaFlowApplicationInfo"},"healthStatus":{"$ref":"#/$defs/MetaFlowHealthStatus"}},"additionalProperties":false,"required":["flowId","flowName","flowStatus"]};
function validate312(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate312.errors = vErrors;
  return errors === 0;
}
function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 10 && (data.length > 20 || func48(data) > 10))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 10 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate316.errors = vErrors;
  return errors === 0;
}
function validate318(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 10 && (data.length > 20 || func48(data) > 10))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 10 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate318.errors = vErrors;
  return errors === 0;
}
function validate320(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate320.errors = vErrors;
  return errors === 0;
}
function validate323(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate323.errors = vErrors;
  return errors === 0;
}
function validate325(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 50 && (data.length > 100 || func48(data) > 50))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 50 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate325.errors = vErrors;
  return errors === 0;
}
function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.previewUrl === undefined) || (!(func0.call(data, "previewUrl")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "previewUrl"},message:"must have required property '"+"previewUrl"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.expiresAt === undefined) || (!(func0.call(data, "expiresAt")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "expiresAt"},message:"must have required property '"+"expiresAt"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "previewUrl") || (key0 === "expiresAt"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.previewUrl !== undefined && func0.call(data, "previewUrl")) {
      if (!(validate323(data.previewUrl, {instancePath:instancePath+"/previewUrl",parentData:data,parentDataProperty:"previewUrl",rootData}))) {
        vErrors = vErrors === null ? validate323.errors : vErrors.concat(validate323.errors);
        errors = vErrors.length;
      }
    }
    if (data.expiresAt !== undefined && func0.call(data, "expiresAt")) {
      if (!(validate325(data.expiresAt, {instancePath:instancePath+"/expiresAt",parentData:data,parentDataProperty:"expiresAt",rootData}))) {
        vErrors = vErrors === null ? validate325.errors : vErrors.concat(validate325.errors);
        errors = vErrors.length;
      }
    }
  }
  validate322.errors = vErrors;
  return errors === 0;
}
function validate331(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 10 && (data.length > 20 || func48(data) > 10))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 10 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate331.errors = vErrors;
  return errors === 0;
}
function validate333(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 10 && (data.length > 20 || func48(data) > 10))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 10 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate333.errors = vErrors;
  return errors === 0;
}
function validate335(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 200 && (data.length > 400 || func48(data) > 200))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 200 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate335.errors = vErrors;
  return errors === 0;
}
function validate328(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.name === undefined) || (!(func0.call(data, "name")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((((key0 === "id") || (key0 === "name")) || (key0 === "currency")) || (key0 === "timezoneId")) || (key0 === "messageTemplateNamespace"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate54(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined && func0.call(data, "name")) {
      if (!(validate74(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.currency !== undefined && func0.call(data, "currency")) {
      if (!(validate331(data.currency, {instancePath:instancePath+"/currency",parentData:data,parentDataProperty:"currency",rootData}))) {
        vErrors = vErrors === null ? validate331.errors : vErrors.concat(validate331.errors);
        errors = vErrors.length;
      }
    }
    if (data.timezoneId !== undefined && func0.call(data, "timezoneId")) {
      if (!(validate333(data.timezoneId, {instancePath:instancePath+"/timezoneId",parentData:data,parentDataProperty:"timezoneId",rootData}))) {
        vErrors = vErrors === null ? validate333.errors : vErrors.concat(validate333.errors);
        errors = vErrors.length;
      }
    }
    if (data.messageTemplateNamespace !== undefined && func0.call(data, "messageTemplateNamespace")) {
      if (!(validate335(data.messageTemplateNamespace, {instancePath:instancePath+"/messageTemplateNamespace",parentData:data,parentDataProperty:"messageTemplateNamespace",rootData}))) {
        vErrors = vErrors === null ? validate335.errors : vErrors.concat(validate335.errors);
        errors = vErrors.length;
      }
    }
  }
  validate328.errors = vErrors;
  return errors === 0;
}
function validate339(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate339.errors = vErrors;
  return errors === 0;
}
function validate341(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 200 && (data.length > 400 || func48(data) > 200))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 200 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate341.errors = vErrors;
  return errors === 0;
}
function validate343(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate343.errors = vErrors;
  return errors === 0;
}
function validate338(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.name === undefined) || (!(func0.call(data, "name")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "link") || (key0 === "name")) || (key0 === "id"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.link !== undefined && func0.call(data, "link")) {
      if (!(validate339(data.link, {instancePath:instancePath+"/link",parentData:data,parentDataProperty:"link",rootData}))) {
        vErrors = vErrors === null ? validate339.errors : vErrors.concat(validate339.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined && func0.call(data, "name")) {
      if (!(validate341(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))) {
        vErrors = vErrors === null ? validate341.errors : vErrors.concat(validate341.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate343(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate343.errors : vErrors.concat(validate343.errors);
        errors = vErrors.length;
      }
    }
  }
  validate338.errors = vErrors;
  return errors === 0;
}
function validate347(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 50 && (data.length > 100 || func48(data) > 50))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 50 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate347.errors = vErrors;
  return errors === 0;
}
function validate351(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 50 && (data.length > 100 || func48(data) > 50))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 50 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate351.errors = vErrors;
  return errors === 0;
}
function validate350(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.entityType === undefined) || (!(func0.call(data, "entityType")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "entityType"},message:"must have required property '"+"entityType"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.canSendMessage === undefined) || (!(func0.call(data, "canSendMessage")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "canSendMessage"},message:"must have required property '"+"canSendMessage"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "entityType") || (key0 === "id")) || (key0 === "canSendMessage"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.entityType !== undefined && func0.call(data, "entityType")) {
      if (!(validate351(data.entityType, {instancePath:instancePath+"/entityType",parentData:data,parentDataProperty:"entityType",rootData}))) {
        vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate147(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
    if (data.canSendMessage !== undefined && func0.call(data, "canSendMessage")) {
      if (!(validate347(data.canSendMessage, {instancePath:instancePath+"/canSendMessage",parentData:data,parentDataProperty:"canSendMessage",rootData}))) {
        vErrors = vErrors === null ? validate347.errors : vErrors.concat(validate347.errors);
        errors = vErrors.length;
      }
    }
  }
  validate350.errors = vErrors;
  return errors === 0;
}
function validate349(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate350(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate350.errors : vErrors.concat(validate350.errors);
        errors = vErrors.length;
      }
    }
  }
  validate349.errors = vErrors;
  return errors === 0;
}
function validate346(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.canSendMessage === undefined) || (!(func0.call(data, "canSendMessage")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "canSendMessage"},message:"must have required property '"+"canSendMessage"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "canSendMessage") || (key0 === "entities"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.canSendMessage !== undefined && func0.call(data, "canSendMessage")) {
      if (!(validate347(data.canSendMessage, {instancePath:instancePath+"/canSendMessage",parentData:data,parentDataProperty:"canSendMessage",rootData}))) {
        vErrors = vErrors === null ? validate347.errors : vErrors.concat(validate347.errors);
        errors = vErrors.length;
      }
    }
    if (data.entities !== undefined && func0.call(data, "entities")) {
      if (!(validate349(data.entities, {instancePath:instancePath+"/entities",parentData:data,parentDataProperty:"entities",rootData}))) {
        vErrors = vErrors === null ? validate349.errors : vErrors.concat(validate349.errors);
        errors = vErrors.length;
      }
    }
  }
  validate346.errors = vErrors;
  return errors === 0;
}
function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowName === undefined) || (!(func0.call(data, "flowName")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowName"},message:"must have required property '"+"flowName"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.flowStatus === undefined) || (!(func0.call(data, "flowStatus")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "flowStatus"},message:"must have required property '"+"flowStatus"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(func0.call(schema140.properties, key0))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowName !== undefined && func0.call(data, "flowName")) {
      if (!(validate116(data.flowName, {instancePath:instancePath+"/flowName",parentData:data,parentDataProperty:"flowName",rootData}))) {
        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowStatus !== undefined && func0.call(data, "flowStatus")) {
      if (!(validate312(data.flowStatus, {instancePath:instancePath+"/flowStatus",parentData:data,parentDataProperty:"flowStatus",rootData}))) {
        vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
        errors = vErrors.length;
      }
    }
    if (data.categories !== undefined && func0.call(data, "categories")) {
      if (!(validate118(data.categories, {instancePath:instancePath+"/categories",parentData:data,parentDataProperty:"categories",rootData}))) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
      if (!(validate132(data.validationErrors, {instancePath:instancePath+"/validationErrors",parentData:data,parentDataProperty:"validationErrors",rootData}))) {
        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
        errors = vErrors.length;
      }
    }
    if (data.jsonVersion !== undefined && func0.call(data, "jsonVersion")) {
      if (!(validate316(data.jsonVersion, {instancePath:instancePath+"/jsonVersion",parentData:data,parentDataProperty:"jsonVersion",rootData}))) {
        vErrors = vErrors === null ? validate316.errors : vErrors.concat(validate316.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataApiVersion !== undefined && func0.call(data, "dataApiVersion")) {
      if (!(validate318(data.dataApiVersion, {instancePath:instancePath+"/dataApiVersion",parentData:data,parentDataProperty:"dataApiVersion",rootData}))) {
        vErrors = vErrors === null ? validate318.errors : vErrors.concat(validate318.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpointUri !== undefined && func0.call(data, "endpointUri")) {
      if (!(validate320(data.endpointUri, {instancePath:instancePath+"/endpointUri",parentData:data,parentDataProperty:"endpointUri",rootData}))) {
        vErrors = vErrors === null ? validate320.errors : vErrors.concat(validate320.errors);
        errors = vErrors.length;
      }
    }
    if (data.preview !== undefined && func0.call(data, "preview")) {
      if (!(validate322(data.preview, {instancePath:instancePath+"/preview",parentData:data,parentDataProperty:"preview",rootData}))) {
        vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
        errors = vErrors.length;
      }
    }
    if (data.whatsAppBusinessAccount !== undefined && func0.call(data, "whatsAppBusinessAccount")) {
      if (!(validate328(data.whatsAppBusinessAccount, {instancePath:instancePath+"/whatsAppBusinessAccount",parentData:data,parentDataProperty:"whatsAppBusinessAccount",rootData}))) {
        vErrors = vErrors === null ? validate328.errors : vErrors.concat(validate328.errors);
        errors = vErrors.length;
      }
    }
    if (data.application !== undefined && func0.call(data, "application")) {
      if (!(validate338(data.application, {instancePath:instancePath+"/application",parentData:data,parentDataProperty:"application",rootData}))) {
        vErrors = vErrors === null ? validate338.errors : vErrors.concat(validate338.errors);
        errors = vErrors.length;
      }
    }
    if (data.healthStatus !== undefined && func0.call(data, "healthStatus")) {
      if (!(validate346(data.healthStatus, {instancePath:instancePath+"/healthStatus",parentData:data,parentDataProperty:"healthStatus",rootData}))) {
        vErrors = vErrors === null ? validate346.errors : vErrors.concat(validate346.errors);
        errors = vErrors.length;
      }
    }
  }
  validate309.errors = vErrors;
  return errors === 0;
}
function validate308(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate309(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate309.errors : vErrors.concat(validate309.errors);
    errors = vErrors.length;
  }
  validate308.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppFlowPreviewInput = validate359;
function validate360(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "id") || (key0 === "flowId")) || (key0 === "invalidate"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.invalidate !== undefined && func0.call(data, "invalidate")) {
      if (!(validate124(data.invalidate, {instancePath:instancePath+"/invalidate",parentData:data,parentDataProperty:"invalidate",rootData}))) {
        vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
        errors = vErrors.length;
      }
    }
  }
  validate360.errors = vErrors;
  return errors === 0;
}
function validate359(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate360(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate360.errors : vErrors.concat(validate360.errors);
    errors = vErrors.length;
  }
  validate359.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppFlowPreviewOutput = validate365;
function validate366(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.preview === undefined) || (!(func0.call(data, "preview")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "preview"},message:"must have required property '"+"preview"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "flowId") || (key0 === "preview"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.preview !== undefined && func0.call(data, "preview")) {
      if (!(validate322(data.preview, {instancePath:instancePath+"/preview",parentData:data,parentDataProperty:"preview",rootData}))) {
        vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
        errors = vErrors.length;
      }
    }
  }
  validate366.errors = vErrors;
  return errors === 0;
}
function validate365(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate366(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate366.errors : vErrors.concat(validate366.errors);
    errors = vErrors.length;
  }
  validate365.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppMessageMediaInput = validate370;
const pattern12 = /* @__PURE__ */ new RegExp("https://(.*)s3(.*).amazonaws.com/(.*)", "u");
const obj8 = /* @__PURE__ */ Object.freeze({insts: [[4,32],[3],[1,3,1],[0,0,2],[0,1,2],[0,2,4],[0,3,5],[0,4,6],[0,0,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,3,12],[0,9,13],[0,7,14],[0,2,15],[0,7,16],[0,0,17],[1,20,18],[0,0,19],[0,10,19],[0,5,21],[1,24,22],[0,0,23],[0,1,23],[0,1,25],[0,11,26],[0,5,27],[0,12,28],[0,13,29],[0,13,30],[0,14,31]], classes: [{"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[47,47],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[99,99],"negated":false}, {"ranges":[115,115],"negated":false}, {"ranges":[119,119],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[122,122],"negated":false}, {"ranges":[51,51],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[112,112],"negated":false}, {"ranges":[116,116],"negated":false}, {"ranges":[104,104],"negated":false}]});
function validate376(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 2000 && (data.length > 4000 || func48(data) > 2000))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 2000 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!(((data.length > 2000 && (data.length > 4000 || func48(data) > 2000))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1)))))) && (!((data.length < 256 ? pattern12.test(data) : func81(obj8, data))))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern https://(.*)s3(.*).amazonaws.com/(.*)"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate376.errors = vErrors;
  return errors === 0;
}
function validate378(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const _errs0 = errors;
      if (!(typeof key0 == "string")) {
        const err1 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs0 === errors;
      if (!valid0) {
        const err2 = {instancePath,keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      if (!(validate147(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate378.errors = vErrors;
  return errors === 0;
}
function validate375(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.url === undefined) || (!(func0.call(data, "url")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.headers === undefined) || (!(func0.call(data, "headers")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "url") || (key0 === "headers"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.url !== undefined && func0.call(data, "url")) {
      if (!(validate376(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData}))) {
        vErrors = vErrors === null ? validate376.errors : vErrors.concat(validate376.errors);
        errors = vErrors.length;
      }
    }
    if (data.headers !== undefined && func0.call(data, "headers")) {
      if (!(validate378(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData}))) {
        vErrors = vErrors === null ? validate378.errors : vErrors.concat(validate378.errors);
        errors = vErrors.length;
      }
    }
  }
  validate375.errors = vErrors;
  return errors === 0;
}
function validate371(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.mediaId === undefined) || (!(func0.call(data, "mediaId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "mediaId"},message:"must have required property '"+"mediaId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "originationPhoneNumberId"},message:"must have required property '"+"originationPhoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((((key0 === "mediaId") || (key0 === "originationPhoneNumberId")) || (key0 === "metadataOnly")) || (key0 === "destinationS3PresignedUrl")) || (key0 === "destinationS3File"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mediaId !== undefined && func0.call(data, "mediaId")) {
      if (!(validate227(data.mediaId, {instancePath:instancePath+"/mediaId",parentData:data,parentDataProperty:"mediaId",rootData}))) {
        vErrors = vErrors === null ? validate227.errors : vErrors.concat(validate227.errors);
        errors = vErrors.length;
      }
    }
    if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
      if (!(validate84(data.originationPhoneNumberId, {instancePath:instancePath+"/originationPhoneNumberId",parentData:data,parentDataProperty:"originationPhoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadataOnly !== undefined && func0.call(data, "metadataOnly")) {
      if (!(validate124(data.metadataOnly, {instancePath:instancePath+"/metadataOnly",parentData:data,parentDataProperty:"metadataOnly",rootData}))) {
        vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
        errors = vErrors.length;
      }
    }
    if (data.destinationS3PresignedUrl !== undefined && func0.call(data, "destinationS3PresignedUrl")) {
      if (!(validate375(data.destinationS3PresignedUrl, {instancePath:instancePath+"/destinationS3PresignedUrl",parentData:data,parentDataProperty:"destinationS3PresignedUrl",rootData}))) {
        vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
        errors = vErrors.length;
      }
    }
    if (data.destinationS3File !== undefined && func0.call(data, "destinationS3File")) {
      if (!(validate206(data.destinationS3File, {instancePath:instancePath+"/destinationS3File",parentData:data,parentDataProperty:"destinationS3File",rootData}))) {
        vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
        errors = vErrors.length;
      }
    }
  }
  validate371.errors = vErrors;
  return errors === 0;
}
function validate370(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate371(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate371.errors : vErrors.concat(validate371.errors);
    errors = vErrors.length;
  }
  validate370.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppMessageMediaOutput = validate384;
function validate387(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!((typeof data == "number" && Number.isInteger(data)) && (data >= -9223372036854776000 && data <= 9223372036854776000))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a long (a whole number within ±2^63)"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate387.errors = vErrors;
  return errors === 0;
}
function validate385(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "mimeType") || (key0 === "fileSize"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mimeType !== undefined && func0.call(data, "mimeType")) {
      if (!(validate147(data.mimeType, {instancePath:instancePath+"/mimeType",parentData:data,parentDataProperty:"mimeType",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
    if (data.fileSize !== undefined && func0.call(data, "fileSize")) {
      if (!(validate387(data.fileSize, {instancePath:instancePath+"/fileSize",parentData:data,parentDataProperty:"fileSize",rootData}))) {
        vErrors = vErrors === null ? validate387.errors : vErrors.concat(validate387.errors);
        errors = vErrors.length;
      }
    }
  }
  validate385.errors = vErrors;
  return errors === 0;
}
function validate384(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate385(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate385.errors : vErrors.concat(validate385.errors);
    errors = vErrors.length;
  }
  validate384.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppMessageTemplateInput = validate390;
function validate391(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "metaTemplateId") || (key0 === "id")) || (key0 === "templateName")) || (key0 === "templateLanguageCode"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
      if (!(validate145(data.metaTemplateId, {instancePath:instancePath+"/metaTemplateId",parentData:data,parentDataProperty:"metaTemplateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateName !== undefined && func0.call(data, "templateName")) {
      if (!(validate155(data.templateName, {instancePath:instancePath+"/templateName",parentData:data,parentDataProperty:"templateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateLanguageCode !== undefined && func0.call(data, "templateLanguageCode")) {
      if (!(validate159(data.templateLanguageCode, {instancePath:instancePath+"/templateLanguageCode",parentData:data,parentDataProperty:"templateLanguageCode",rootData}))) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
  }
  validate391.errors = vErrors;
  return errors === 0;
}
function validate390(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate391(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate391.errors : vErrors.concat(validate391.errors);
    errors = vErrors.length;
  }
  validate390.errors = vErrors;
  return errors === 0;
}
export const explainGetWhatsAppMessageTemplateOutput = validate397;
function validate399(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 6000 && (data.length > 12000 || func48(data) > 6000))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 6000 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate399.errors = vErrors;
  return errors === 0;
}
function validate398(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "template")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.template !== undefined && func0.call(data, "template")) {
      if (!(validate399(data.template, {instancePath:instancePath+"/template",parentData:data,parentDataProperty:"template",rootData}))) {
        vErrors = vErrors === null ? validate399.errors : vErrors.concat(validate399.errors);
        errors = vErrors.length;
      }
    }
  }
  validate398.errors = vErrors;
  return errors === 0;
}
function validate397(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate398(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate398.errors : vErrors.concat(validate398.errors);
    errors = vErrors.length;
  }
  validate397.errors = vErrors;
  return errors === 0;
}
export const explainListLinkedWhatsAppBusinessAccountsInput = validate402;
function validate404(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 600 && (data.length > 1200 || func48(data) > 600))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 600 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate404.errors = vErrors;
  return errors === 0;
}
function validate406(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!((typeof data == "number" && Number.isInteger(data)) && (data >= -2147483648 && data <= 2147483647))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an integer (-2147483648 to 2147483647)"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((typeof data == "number" && Number.isInteger(data)) && (data >= -2147483648 && data <= 2147483647)) && (!((data >= 1) && (data <= 100)))) {
    const err1 = {instancePath,keyword:"scRange",params:{constraint: "range"},message:"must be between 1 and 100"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate406.errors = vErrors;
  return errors === 0;
}
function validate403(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "nextToken") || (key0 === "maxResults"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
      if (!(validate406(data.maxResults, {instancePath:instancePath+"/maxResults",parentData:data,parentDataProperty:"maxResults",rootData}))) {
        vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
        errors = vErrors.length;
      }
    }
  }
  validate403.errors = vErrors;
  return errors === 0;
}
function validate402(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate403(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate403.errors : vErrors.concat(validate403.errors);
    errors = vErrors.length;
  }
  validate402.errors = vErrors;
  return errors === 0;
}
export const explainListLinkedWhatsAppBusinessAccountsOutput = validate409;
const schema185 = {"scType":"object","properties":{"arn":{"$ref":"#/$defs/LinkedWhatsAppBusinessAccountArn"},"id":{"$ref":"#/$defs/LinkedWhatsAppBusinessAccountId"},"wabaId":{"$ref":"#/$defs/WhatsAppBusinessAccountId"},"registrationStatus":{"$ref":"#/$defs/RegistrationStatus"},"linkDate":{"$ref":"#/$defs/WhatsAppBusinessAccountLinkDate"},"wabaName":{"$ref":"#/$defs/WhatsAppBusinessAccountName"},"eventDestinations":{"$ref":"#/$defs/WhatsAppBusinessAccountEventDestinations"},"marketingMessagesOnboardingStatus":{"$ref":"#/$defs/WhatsAppBusinessAccountMarketingMessagesOnboardingStatus"},"datasetId":{"$ref":"#/$defs/WhatsAppDatasetId"}},"additionalProperties":false,"required":["arn","id","wabaId","registrationStatus","linkDate","wabaName","eventDestinations"]};
function validate412(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.arn === undefined) || (!(func0.call(data, "arn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "arn"},message:"must have required property '"+"arn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.wabaId === undefined) || (!(func0.call(data, "wabaId")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "wabaId"},message:"must have required property '"+"wabaId"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if ((data.registrationStatus === undefined) || (!(func0.call(data, "registrationStatus")))) {
      const err4 = {instancePath,keyword:"required",params:{missingProperty: "registrationStatus"},message:"must have required property '"+"registrationStatus"+"'"};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if ((data.linkDate === undefined) || (!(func0.call(data, "linkDate")))) {
      const err5 = {instancePath,keyword:"required",params:{missingProperty: "linkDate"},message:"must have required property '"+"linkDate"+"'"};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if ((data.wabaName === undefined) || (!(func0.call(data, "wabaName")))) {
      const err6 = {instancePath,keyword:"required",params:{missingProperty: "wabaName"},message:"must have required property '"+"wabaName"+"'"};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if ((data.eventDestinations === undefined) || (!(func0.call(data, "eventDestinations")))) {
      const err7 = {instancePath,keyword:"required",params:{missingProperty: "eventDestinations"},message:"must have required property '"+"eventDestinations"+"'"};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(func0.call(schema185.properties, key0))) {
        const err8 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.arn !== undefined && func0.call(data, "arn")) {
      if (!(validate268(data.arn, {instancePath:instancePath+"/arn",parentData:data,parentDataProperty:"arn",rootData}))) {
        vErrors = vErrors === null ? validate268.errors : vErrors.concat(validate268.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.wabaId !== undefined && func0.call(data, "wabaId")) {
      if (!(validate54(data.wabaId, {instancePath:instancePath+"/wabaId",parentData:data,parentDataProperty:"wabaId",rootData}))) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.registrationStatus !== undefined && func0.call(data, "registrationStatus")) {
      if (!(validate76(data.registrationStatus, {instancePath:instancePath+"/registrationStatus",parentData:data,parentDataProperty:"registrationStatus",rootData}))) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.linkDate !== undefined && func0.call(data, "linkDate")) {
      if (!(validate273(data.linkDate, {instancePath:instancePath+"/linkDate",parentData:data,parentDataProperty:"linkDate",rootData}))) {
        vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
        errors = vErrors.length;
      }
    }
    if (data.wabaName !== undefined && func0.call(data, "wabaName")) {
      if (!(validate74(data.wabaName, {instancePath:instancePath+"/wabaName",parentData:data,parentDataProperty:"wabaName",rootData}))) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventDestinations !== undefined && func0.call(data, "eventDestinations")) {
      if (!(validate56(data.eventDestinations, {instancePath:instancePath+"/eventDestinations",parentData:data,parentDataProperty:"eventDestinations",rootData}))) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.marketingMessagesOnboardingStatus !== undefined && func0.call(data, "marketingMessagesOnboardingStatus")) {
      if (!(validate277(data.marketingMessagesOnboardingStatus, {instancePath:instancePath+"/marketingMessagesOnboardingStatus",parentData:data,parentDataProperty:"marketingMessagesOnboardingStatus",rootData}))) {
        vErrors = vErrors === null ? validate277.errors : vErrors.concat(validate277.errors);
        errors = vErrors.length;
      }
    }
    if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
      if (!(validate110(data.datasetId, {instancePath:instancePath+"/datasetId",parentData:data,parentDataProperty:"datasetId",rootData}))) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
  }
  validate412.errors = vErrors;
  return errors === 0;
}
function validate411(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate412(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
  }
  validate411.errors = vErrors;
  return errors === 0;
}
function validate410(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "linkedAccounts") || (key0 === "nextToken"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.linkedAccounts !== undefined && func0.call(data, "linkedAccounts")) {
      if (!(validate411(data.linkedAccounts, {instancePath:instancePath+"/linkedAccounts",parentData:data,parentDataProperty:"linkedAccounts",rootData}))) {
        vErrors = vErrors === null ? validate411.errors : vErrors.concat(validate411.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
  }
  validate410.errors = vErrors;
  return errors === 0;
}
function validate409(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate410(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate410.errors : vErrors.concat(validate410.errors);
    errors = vErrors.length;
  }
  validate409.errors = vErrors;
  return errors === 0;
}
export const explainListTagsForResourceInput = validate426;
const pattern13 = /* @__PURE__ */ new RegExp("arn:.*", "u");
function validate428(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && ((data.length > 2048 && (data.length > 4096 || func48(data) > 2048)))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 0 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (((typeof data == "string") && (!((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))))) && (!(pattern13.test(data)))) {
    const err2 = {instancePath,keyword:"scPattern",params:{constraint: "pattern"},message:"must match the pattern arn:.*"};
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate428.errors = vErrors;
  return errors === 0;
}
function validate427(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.resourceArn === undefined) || (!(func0.call(data, "resourceArn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "resourceArn"},message:"must have required property '"+"resourceArn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "resourceArn")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.resourceArn !== undefined && func0.call(data, "resourceArn")) {
      if (!(validate428(data.resourceArn, {instancePath:instancePath+"/resourceArn",parentData:data,parentDataProperty:"resourceArn",rootData}))) {
        vErrors = vErrors === null ? validate428.errors : vErrors.concat(validate428.errors);
        errors = vErrors.length;
      }
    }
  }
  validate427.errors = vErrors;
  return errors === 0;
}
function validate426(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate427(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate427.errors : vErrors.concat(validate427.errors);
    errors = vErrors.length;
  }
  validate426.errors = vErrors;
  return errors === 0;
}
export const explainListTagsForResourceOutput = validate431;
function validate432(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "statusCode") || (key0 === "tags"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
      if (!(validate100(data.statusCode, {instancePath:instancePath+"/statusCode",parentData:data,parentDataProperty:"statusCode",rootData}))) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined && func0.call(data, "tags")) {
      if (!(validate41(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
  }
  validate432.errors = vErrors;
  return errors === 0;
}
function validate431(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate432(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate432.errors : vErrors.concat(validate432.errors);
    errors = vErrors.length;
  }
  validate431.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppFlowAssetsInput = validate436;
function validate437(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "id") || (key0 === "flowId")) || (key0 === "nextToken")) || (key0 === "maxResults"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
      if (!(validate406(data.maxResults, {instancePath:instancePath+"/maxResults",parentData:data,parentDataProperty:"maxResults",rootData}))) {
        vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
        errors = vErrors.length;
      }
    }
  }
  validate437.errors = vErrors;
  return errors === 0;
}
function validate436(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate437(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate437.errors : vErrors.concat(validate437.errors);
    errors = vErrors.length;
  }
  validate436.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppFlowAssetsOutput = validate443;
function validate447(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate447.errors = vErrors;
  return errors === 0;
}
function validate449(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 50 && (data.length > 100 || func48(data) > 50))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 50 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate449.errors = vErrors;
  return errors === 0;
}
function validate451(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 2048 && (data.length > 4096 || func48(data) > 2048))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 2048 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate451.errors = vErrors;
  return errors === 0;
}
function validate446(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.name === undefined) || (!(func0.call(data, "name")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.assetType === undefined) || (!(func0.call(data, "assetType")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "assetType"},message:"must have required property '"+"assetType"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.downloadUrl === undefined) || (!(func0.call(data, "downloadUrl")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "downloadUrl"},message:"must have required property '"+"downloadUrl"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "name") || (key0 === "assetType")) || (key0 === "downloadUrl"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== undefined && func0.call(data, "name")) {
      if (!(validate447(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData}))) {
        vErrors = vErrors === null ? validate447.errors : vErrors.concat(validate447.errors);
        errors = vErrors.length;
      }
    }
    if (data.assetType !== undefined && func0.call(data, "assetType")) {
      if (!(validate449(data.assetType, {instancePath:instancePath+"/assetType",parentData:data,parentDataProperty:"assetType",rootData}))) {
        vErrors = vErrors === null ? validate449.errors : vErrors.concat(validate449.errors);
        errors = vErrors.length;
      }
    }
    if (data.downloadUrl !== undefined && func0.call(data, "downloadUrl")) {
      if (!(validate451(data.downloadUrl, {instancePath:instancePath+"/downloadUrl",parentData:data,parentDataProperty:"downloadUrl",rootData}))) {
        vErrors = vErrors === null ? validate451.errors : vErrors.concat(validate451.errors);
        errors = vErrors.length;
      }
    }
  }
  validate446.errors = vErrors;
  return errors === 0;
}
function validate445(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate446(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate446.errors : vErrors.concat(validate446.errors);
        errors = vErrors.length;
      }
    }
  }
  validate445.errors = vErrors;
  return errors === 0;
}
function validate444(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.flowAssets === undefined) || (!(func0.call(data, "flowAssets")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "flowAssets"},message:"must have required property '"+"flowAssets"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "flowAssets") || (key0 === "nextToken"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.flowAssets !== undefined && func0.call(data, "flowAssets")) {
      if (!(validate445(data.flowAssets, {instancePath:instancePath+"/flowAssets",parentData:data,parentDataProperty:"flowAssets",rootData}))) {
        vErrors = vErrors === null ? validate445.errors : vErrors.concat(validate445.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
  }
  validate444.errors = vErrors;
  return errors === 0;
}
function validate443(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate444(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate444.errors : vErrors.concat(validate444.errors);
    errors = vErrors.length;
  }
  validate443.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppFlowsInput = validate457;
function validate458(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "id") || (key0 === "nextToken")) || (key0 === "maxResults"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
      if (!(validate406(data.maxResults, {instancePath:instancePath+"/maxResults",parentData:data,parentDataProperty:"maxResults",rootData}))) {
        vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
        errors = vErrors.length;
      }
    }
  }
  validate458.errors = vErrors;
  return errors === 0;
}
function validate457(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate458(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate458.errors : vErrors.concat(validate458.errors);
    errors = vErrors.length;
  }
  validate457.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppFlowsOutput = validate463;
function validate466(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowName === undefined) || (!(func0.call(data, "flowName")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowName"},message:"must have required property '"+"flowName"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.flowStatus === undefined) || (!(func0.call(data, "flowStatus")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "flowStatus"},message:"must have required property '"+"flowStatus"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if ((data.flowCategories === undefined) || (!(func0.call(data, "flowCategories")))) {
      const err4 = {instancePath,keyword:"required",params:{missingProperty: "flowCategories"},message:"must have required property '"+"flowCategories"+"'"};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if ((data.validationErrors === undefined) || (!(func0.call(data, "validationErrors")))) {
      const err5 = {instancePath,keyword:"required",params:{missingProperty: "validationErrors"},message:"must have required property '"+"validationErrors"+"'"};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((((key0 === "flowId") || (key0 === "flowName")) || (key0 === "flowStatus")) || (key0 === "flowCategories")) || (key0 === "validationErrors"))) {
        const err6 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowName !== undefined && func0.call(data, "flowName")) {
      if (!(validate116(data.flowName, {instancePath:instancePath+"/flowName",parentData:data,parentDataProperty:"flowName",rootData}))) {
        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowStatus !== undefined && func0.call(data, "flowStatus")) {
      if (!(validate312(data.flowStatus, {instancePath:instancePath+"/flowStatus",parentData:data,parentDataProperty:"flowStatus",rootData}))) {
        vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowCategories !== undefined && func0.call(data, "flowCategories")) {
      if (!(validate118(data.flowCategories, {instancePath:instancePath+"/flowCategories",parentData:data,parentDataProperty:"flowCategories",rootData}))) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
    if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
      if (!(validate132(data.validationErrors, {instancePath:instancePath+"/validationErrors",parentData:data,parentDataProperty:"validationErrors",rootData}))) {
        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
        errors = vErrors.length;
      }
    }
  }
  validate466.errors = vErrors;
  return errors === 0;
}
function validate465(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate466(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate466.errors : vErrors.concat(validate466.errors);
        errors = vErrors.length;
      }
    }
  }
  validate465.errors = vErrors;
  return errors === 0;
}
function validate464(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.flows === undefined) || (!(func0.call(data, "flows")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "flows"},message:"must have required property '"+"flows"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "flows") || (key0 === "nextToken"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.flows !== undefined && func0.call(data, "flows")) {
      if (!(validate465(data.flows, {instancePath:instancePath+"/flows",parentData:data,parentDataProperty:"flows",rootData}))) {
        vErrors = vErrors === null ? validate465.errors : vErrors.concat(validate465.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
  }
  validate464.errors = vErrors;
  return errors === 0;
}
function validate463(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate464(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate464.errors : vErrors.concat(validate464.errors);
    errors = vErrors.length;
  }
  validate463.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppMessageTemplatesInput = validate476;
function validate477(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "id") || (key0 === "nextToken")) || (key0 === "maxResults"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
      if (!(validate406(data.maxResults, {instancePath:instancePath+"/maxResults",parentData:data,parentDataProperty:"maxResults",rootData}))) {
        vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
        errors = vErrors.length;
      }
    }
  }
  validate477.errors = vErrors;
  return errors === 0;
}
function validate476(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate477(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate477.errors : vErrors.concat(validate477.errors);
    errors = vErrors.length;
  }
  validate476.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppMessageTemplatesOutput = validate482;
function validate488(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate488.errors = vErrors;
  return errors === 0;
}
function validate490(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate490.errors = vErrors;
  return errors === 0;
}
function validate485(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((((((key0 === "templateName") || (key0 === "metaTemplateId")) || (key0 === "templateStatus")) || (key0 === "templateQualityScore")) || (key0 === "templateLanguage")) || (key0 === "templateCategory"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.templateName !== undefined && func0.call(data, "templateName")) {
      if (!(validate155(data.templateName, {instancePath:instancePath+"/templateName",parentData:data,parentDataProperty:"templateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
      if (!(validate145(data.metaTemplateId, {instancePath:instancePath+"/metaTemplateId",parentData:data,parentDataProperty:"metaTemplateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateStatus !== undefined && func0.call(data, "templateStatus")) {
      if (!(validate488(data.templateStatus, {instancePath:instancePath+"/templateStatus",parentData:data,parentDataProperty:"templateStatus",rootData}))) {
        vErrors = vErrors === null ? validate488.errors : vErrors.concat(validate488.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateQualityScore !== undefined && func0.call(data, "templateQualityScore")) {
      if (!(validate490(data.templateQualityScore, {instancePath:instancePath+"/templateQualityScore",parentData:data,parentDataProperty:"templateQualityScore",rootData}))) {
        vErrors = vErrors === null ? validate490.errors : vErrors.concat(validate490.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateLanguage !== undefined && func0.call(data, "templateLanguage")) {
      if (!(validate159(data.templateLanguage, {instancePath:instancePath+"/templateLanguage",parentData:data,parentDataProperty:"templateLanguage",rootData}))) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
      if (!(validate149(data.templateCategory, {instancePath:instancePath+"/templateCategory",parentData:data,parentDataProperty:"templateCategory",rootData}))) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
  }
  validate485.errors = vErrors;
  return errors === 0;
}
function validate484(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate485(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate485.errors : vErrors.concat(validate485.errors);
        errors = vErrors.length;
      }
    }
  }
  validate484.errors = vErrors;
  return errors === 0;
}
function validate483(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "templates") || (key0 === "nextToken"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.templates !== undefined && func0.call(data, "templates")) {
      if (!(validate484(data.templates, {instancePath:instancePath+"/templates",parentData:data,parentDataProperty:"templates",rootData}))) {
        vErrors = vErrors === null ? validate484.errors : vErrors.concat(validate484.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
  }
  validate483.errors = vErrors;
  return errors === 0;
}
function validate482(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate483(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate483.errors : vErrors.concat(validate483.errors);
    errors = vErrors.length;
  }
  validate482.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppTemplateLibraryInput = validate498;
function validate504(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 100 && (data.length > 200 || func48(data) > 100))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate504.errors = vErrors;
  return errors === 0;
}
function validate503(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array)) && ((Object.keys(data).length > 10) || (Object.keys(data).length < 0))) {
    const err1 = {instancePath,keyword:"scCount",params:{constraint: "length"},message:"must have between 0 and 10 entries"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const _errs0 = errors;
      if (!(typeof key0 == "string")) {
        const err2 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ((typeof key0 == "string") && (((key0.length > 100 && (key0.length > 200 || func48(key0) > 100))) || ((key0.length < 2 && (key0.length < 1 || func48(key0) < 1))))) {
        const err3 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 100 characters",propertyName:key0};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid0 = _errs0 === errors;
      if (!valid0) {
        const err4 = {instancePath,keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      if (!(validate504(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))) {
        vErrors = vErrors === null ? validate504.errors : vErrors.concat(validate504.errors);
        errors = vErrors.length;
      }
    }
  }
  validate503.errors = vErrors;
  return errors === 0;
}
function validate499(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "nextToken") || (key0 === "maxResults")) || (key0 === "id")) || (key0 === "filters"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
      if (!(validate406(data.maxResults, {instancePath:instancePath+"/maxResults",parentData:data,parentDataProperty:"maxResults",rootData}))) {
        vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.filters !== undefined && func0.call(data, "filters")) {
      if (!(validate503(data.filters, {instancePath:instancePath+"/filters",parentData:data,parentDataProperty:"filters",rootData}))) {
        vErrors = vErrors === null ? validate503.errors : vErrors.concat(validate503.errors);
        errors = vErrors.length;
      }
    }
  }
  validate499.errors = vErrors;
  return errors === 0;
}
function validate498(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate499(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate499.errors : vErrors.concat(validate499.errors);
    errors = vErrors.length;
  }
  validate498.errors = vErrors;
  return errors === 0;
}
export const explainListWhatsAppTemplateLibraryOutput = validate508;
const schema221 = {"scType":"object","properties":{"templateName":{"$ref":"#/$defs/MetaTemplateName"},"templateLanguage":{"$ref":"#/$defs/MetaTemplateLanguage"},"templateCategory":{"$ref":"#/$defs/MetaTemplateCategory"},"templateTopic":{"$ref":"#/$defs/MetaTemplateTopic"},"templateUseCase":{"$ref":"#/$defs/MetaTemplateUseCase"},"templateIndustry":{"$ref":"#/$defs/MetaIndustries"},"templateHeader":{"$ref":"#/$defs/MetaTemplateHeader"},"templateBody":{"$ref":"#/$defs/MetaTemplateBody"},"templateButtons":{"$ref":"#/$defs/MetaLibraryTemplateButtonList"},"templateId":{"$ref":"#/$defs/MetaTemplateId"},"templateBodyExampleParams":{"$ref":"#/$defs/MetaTemplateBodyExampleParams"}},"additionalProperties":false};
function validate515(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 20 && (data.length > 40 || func48(data) > 20))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 20 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate515.errors = vErrors;
  return errors === 0;
}
function validate517(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 30 && (data.length > 60 || func48(data) > 30))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 30 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate517.errors = vErrors;
  return errors === 0;
}
function validate520(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 25 && (data.length > 50 || func48(data) > 25))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 25 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate520.errors = vErrors;
  return errors === 0;
}
function validate519(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate520(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate520.errors : vErrors.concat(validate520.errors);
        errors = vErrors.length;
      }
    }
  }
  validate519.errors = vErrors;
  return errors === 0;
}
function validate523(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 200 && (data.length > 400 || func48(data) > 200))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 200 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate523.errors = vErrors;
  return errors === 0;
}
function validate525(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 2000 && (data.length > 4000 || func48(data) > 2000))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 2000 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate525.errors = vErrors;
  return errors === 0;
}
function validate530(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 40 && (data.length > 80 || func48(data) > 40))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 40 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate530.errors = vErrors;
  return errors === 0;
}
function validate533(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 400 && (data.length > 800 || func48(data) > 400))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 400 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate533.errors = vErrors;
  return errors === 0;
}
function validate528(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(((((((key0 === "type") || (key0 === "text")) || (key0 === "phoneNumber")) || (key0 === "url")) || (key0 === "otpType")) || (key0 === "zeroTapTermsAccepted")) || (key0 === "supportedApps"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined && func0.call(data, "type")) {
      if (!(validate163(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))) {
        vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
        errors = vErrors.length;
      }
    }
    if (data.text !== undefined && func0.call(data, "text")) {
      if (!(validate530(data.text, {instancePath:instancePath+"/text",parentData:data,parentDataProperty:"text",rootData}))) {
        vErrors = vErrors === null ? validate530.errors : vErrors.concat(validate530.errors);
        errors = vErrors.length;
      }
    }
    if (data.phoneNumber !== undefined && func0.call(data, "phoneNumber")) {
      if (!(validate82(data.phoneNumber, {instancePath:instancePath+"/phoneNumber",parentData:data,parentDataProperty:"phoneNumber",rootData}))) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.url !== undefined && func0.call(data, "url")) {
      if (!(validate533(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData}))) {
        vErrors = vErrors === null ? validate533.errors : vErrors.concat(validate533.errors);
        errors = vErrors.length;
      }
    }
    if (data.otpType !== undefined && func0.call(data, "otpType")) {
      if (!(validate170(data.otpType, {instancePath:instancePath+"/otpType",parentData:data,parentDataProperty:"otpType",rootData}))) {
        vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
        errors = vErrors.length;
      }
    }
    if (data.zeroTapTermsAccepted !== undefined && func0.call(data, "zeroTapTermsAccepted")) {
      if (!(validate172(data.zeroTapTermsAccepted, {instancePath:instancePath+"/zeroTapTermsAccepted",parentData:data,parentDataProperty:"zeroTapTermsAccepted",rootData}))) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.supportedApps !== undefined && func0.call(data, "supportedApps")) {
      if (!(validate174(data.supportedApps, {instancePath:instancePath+"/supportedApps",parentData:data,parentDataProperty:"supportedApps",rootData}))) {
        vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
        errors = vErrors.length;
      }
    }
  }
  validate528.errors = vErrors;
  return errors === 0;
}
function validate527(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate528(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate528.errors : vErrors.concat(validate528.errors);
        errors = vErrors.length;
      }
    }
  }
  validate527.errors = vErrors;
  return errors === 0;
}
function validate541(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate147(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate541.errors = vErrors;
  return errors === 0;
}
function validate511(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(func0.call(schema221.properties, key0))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.templateName !== undefined && func0.call(data, "templateName")) {
      if (!(validate155(data.templateName, {instancePath:instancePath+"/templateName",parentData:data,parentDataProperty:"templateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateLanguage !== undefined && func0.call(data, "templateLanguage")) {
      if (!(validate159(data.templateLanguage, {instancePath:instancePath+"/templateLanguage",parentData:data,parentDataProperty:"templateLanguage",rootData}))) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
      if (!(validate149(data.templateCategory, {instancePath:instancePath+"/templateCategory",parentData:data,parentDataProperty:"templateCategory",rootData}))) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateTopic !== undefined && func0.call(data, "templateTopic")) {
      if (!(validate515(data.templateTopic, {instancePath:instancePath+"/templateTopic",parentData:data,parentDataProperty:"templateTopic",rootData}))) {
        vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateUseCase !== undefined && func0.call(data, "templateUseCase")) {
      if (!(validate517(data.templateUseCase, {instancePath:instancePath+"/templateUseCase",parentData:data,parentDataProperty:"templateUseCase",rootData}))) {
        vErrors = vErrors === null ? validate517.errors : vErrors.concat(validate517.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateIndustry !== undefined && func0.call(data, "templateIndustry")) {
      if (!(validate519(data.templateIndustry, {instancePath:instancePath+"/templateIndustry",parentData:data,parentDataProperty:"templateIndustry",rootData}))) {
        vErrors = vErrors === null ? validate519.errors : vErrors.concat(validate519.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateHeader !== undefined && func0.call(data, "templateHeader")) {
      if (!(validate523(data.templateHeader, {instancePath:instancePath+"/templateHeader",parentData:data,parentDataProperty:"templateHeader",rootData}))) {
        vErrors = vErrors === null ? validate523.errors : vErrors.concat(validate523.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateBody !== undefined && func0.call(data, "templateBody")) {
      if (!(validate525(data.templateBody, {instancePath:instancePath+"/templateBody",parentData:data,parentDataProperty:"templateBody",rootData}))) {
        vErrors = vErrors === null ? validate525.errors : vErrors.concat(validate525.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateButtons !== undefined && func0.call(data, "templateButtons")) {
      if (!(validate527(data.templateButtons, {instancePath:instancePath+"/templateButtons",parentData:data,parentDataProperty:"templateButtons",rootData}))) {
        vErrors = vErrors === null ? validate527.errors : vErrors.concat(validate527.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateId !== undefined && func0.call(data, "templateId")) {
      if (!(validate145(data.templateId, {instancePath:instancePath+"/templateId",parentData:data,parentDataProperty:"templateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateBodyExampleParams !== undefined && func0.call(data, "templateBodyExampleParams")) {
      if (!(validate541(data.templateBodyExampleParams, {instancePath:instancePath+"/templateBodyExampleParams",parentData:data,parentDataProperty:"templateBodyExampleParams",rootData}))) {
        vErrors = vErrors === null ? validate541.errors : vErrors.concat(validate541.errors);
        errors = vErrors.length;
      }
    }
  }
  validate511.errors = vErrors;
  return errors === 0;
}
function validate510(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate511(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate511.errors : vErrors.concat(validate511.errors);
        errors = vErrors.length;
      }
    }
  }
  validate510.errors = vErrors;
  return errors === 0;
}
function validate509(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "metaLibraryTemplates") || (key0 === "nextToken"))) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metaLibraryTemplates !== undefined && func0.call(data, "metaLibraryTemplates")) {
      if (!(validate510(data.metaLibraryTemplates, {instancePath:instancePath+"/metaLibraryTemplates",parentData:data,parentDataProperty:"metaLibraryTemplates",rootData}))) {
        vErrors = vErrors === null ? validate510.errors : vErrors.concat(validate510.errors);
        errors = vErrors.length;
      }
    }
    if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
      if (!(validate404(data.nextToken, {instancePath:instancePath+"/nextToken",parentData:data,parentDataProperty:"nextToken",rootData}))) {
        vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
        errors = vErrors.length;
      }
    }
  }
  validate509.errors = vErrors;
  return errors === 0;
}
function validate508(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate509(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate509.errors : vErrors.concat(validate509.errors);
    errors = vErrors.length;
  }
  validate508.errors = vErrors;
  return errors === 0;
}
export const explainPostWhatsAppMessageMediaInput = validate548;
function validate549(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "originationPhoneNumberId"},message:"must have required property '"+"originationPhoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "originationPhoneNumberId") || (key0 === "sourceS3PresignedUrl")) || (key0 === "sourceS3File"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
      if (!(validate84(data.originationPhoneNumberId, {instancePath:instancePath+"/originationPhoneNumberId",parentData:data,parentDataProperty:"originationPhoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.sourceS3PresignedUrl !== undefined && func0.call(data, "sourceS3PresignedUrl")) {
      if (!(validate375(data.sourceS3PresignedUrl, {instancePath:instancePath+"/sourceS3PresignedUrl",parentData:data,parentDataProperty:"sourceS3PresignedUrl",rootData}))) {
        vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
        errors = vErrors.length;
      }
    }
    if (data.sourceS3File !== undefined && func0.call(data, "sourceS3File")) {
      if (!(validate206(data.sourceS3File, {instancePath:instancePath+"/sourceS3File",parentData:data,parentDataProperty:"sourceS3File",rootData}))) {
        vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
        errors = vErrors.length;
      }
    }
  }
  validate549.errors = vErrors;
  return errors === 0;
}
function validate548(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate549(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate549.errors : vErrors.concat(validate549.errors);
    errors = vErrors.length;
  }
  validate548.errors = vErrors;
  return errors === 0;
}
export const explainPostWhatsAppMessageMediaOutput = validate554;
function validate555(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "mediaId")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mediaId !== undefined && func0.call(data, "mediaId")) {
      if (!(validate227(data.mediaId, {instancePath:instancePath+"/mediaId",parentData:data,parentDataProperty:"mediaId",rootData}))) {
        vErrors = vErrors === null ? validate227.errors : vErrors.concat(validate227.errors);
        errors = vErrors.length;
      }
    }
  }
  validate555.errors = vErrors;
  return errors === 0;
}
function validate554(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate555(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate555.errors : vErrors.concat(validate555.errors);
    errors = vErrors.length;
  }
  validate554.errors = vErrors;
  return errors === 0;
}
export const explainPublishWhatsAppFlowInput = validate558;
function validate559(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "id") || (key0 === "flowId"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
  }
  validate559.errors = vErrors;
  return errors === 0;
}
function validate558(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate559(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate559.errors : vErrors.concat(validate559.errors);
    errors = vErrors.length;
  }
  validate558.errors = vErrors;
  return errors === 0;
}
export const explainPublishWhatsAppFlowOutput = validate563;
function validate564(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate564.errors = vErrors;
  return errors === 0;
}
function validate563(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate564(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate564.errors : vErrors.concat(validate564.errors);
    errors = vErrors.length;
  }
  validate563.errors = vErrors;
  return errors === 0;
}
export const explainPutWhatsAppBusinessAccountEventDestinationsInput = validate566;
function validate567(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.eventDestinations === undefined) || (!(func0.call(data, "eventDestinations")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "eventDestinations"},message:"must have required property '"+"eventDestinations"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "id") || (key0 === "eventDestinations"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventDestinations !== undefined && func0.call(data, "eventDestinations")) {
      if (!(validate56(data.eventDestinations, {instancePath:instancePath+"/eventDestinations",parentData:data,parentDataProperty:"eventDestinations",rootData}))) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
  }
  validate567.errors = vErrors;
  return errors === 0;
}
function validate566(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate567(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate567.errors : vErrors.concat(validate567.errors);
    errors = vErrors.length;
  }
  validate566.errors = vErrors;
  return errors === 0;
}
export const explainPutWhatsAppBusinessAccountEventDestinationsOutput = validate571;
function validate572(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate572.errors = vErrors;
  return errors === 0;
}
function validate571(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate572(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate572.errors : vErrors.concat(validate572.errors);
    errors = vErrors.length;
  }
  validate571.errors = vErrors;
  return errors === 0;
}
export const explainSendWhatsAppConversionEventInput = validate574;
function validate578(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(data instanceof Uint8Array || typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a Uint8Array or a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((data instanceof Uint8Array || typeof data == "string")) && (((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) > 1024000) || ((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) < 1))) {
    const err1 = {instancePath,keyword:"scBytes",params:{constraint: "length"},message:"length must be between 1 and 1024000 bytes"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate578.errors = vErrors;
  return errors === 0;
}
function validate575(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.datasetId === undefined) || (!(func0.call(data, "datasetId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "datasetId"},message:"must have required property '"+"datasetId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.eventData === undefined) || (!(func0.call(data, "eventData")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "eventData"},message:"must have required property '"+"eventData"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "id") || (key0 === "datasetId")) || (key0 === "eventData"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
      if (!(validate110(data.datasetId, {instancePath:instancePath+"/datasetId",parentData:data,parentDataProperty:"datasetId",rootData}))) {
        vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventData !== undefined && func0.call(data, "eventData")) {
      if (!(validate578(data.eventData, {instancePath:instancePath+"/eventData",parentData:data,parentDataProperty:"eventData",rootData}))) {
        vErrors = vErrors === null ? validate578.errors : vErrors.concat(validate578.errors);
        errors = vErrors.length;
      }
    }
  }
  validate575.errors = vErrors;
  return errors === 0;
}
function validate574(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate575(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate575.errors : vErrors.concat(validate575.errors);
    errors = vErrors.length;
  }
  validate574.errors = vErrors;
  return errors === 0;
}
export const explainSendWhatsAppConversionEventOutput = validate581;
function validate582(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.requestId === undefined) || (!(func0.call(data, "requestId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "requestId")) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.requestId !== undefined && func0.call(data, "requestId")) {
      if (!(validate147(data.requestId, {instancePath:instancePath+"/requestId",parentData:data,parentDataProperty:"requestId",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate582.errors = vErrors;
  return errors === 0;
}
function validate581(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate582(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
    errors = vErrors.length;
  }
  validate581.errors = vErrors;
  return errors === 0;
}
export const explainSendWhatsAppMessageInput = validate585;
function validate588(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(data instanceof Uint8Array || typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a Uint8Array or a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((data instanceof Uint8Array || typeof data == "string")) && (((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) > 2048000) || ((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) < 1))) {
    const err1 = {instancePath,keyword:"scBytes",params:{constraint: "length"},message:"length must be between 1 and 2048000 bytes"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate588.errors = vErrors;
  return errors === 0;
}
function validate586(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "originationPhoneNumberId"},message:"must have required property '"+"originationPhoneNumberId"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.message === undefined) || (!(func0.call(data, "message")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.metaApiVersion === undefined) || (!(func0.call(data, "metaApiVersion")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "metaApiVersion"},message:"must have required property '"+"metaApiVersion"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "originationPhoneNumberId") || (key0 === "message")) || (key0 === "metaApiVersion"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
      if (!(validate84(data.originationPhoneNumberId, {instancePath:instancePath+"/originationPhoneNumberId",parentData:data,parentDataProperty:"originationPhoneNumberId",rootData}))) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined && func0.call(data, "message")) {
      if (!(validate588(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData}))) {
        vErrors = vErrors === null ? validate588.errors : vErrors.concat(validate588.errors);
        errors = vErrors.length;
      }
    }
    if (data.metaApiVersion !== undefined && func0.call(data, "metaApiVersion")) {
      if (!(validate147(data.metaApiVersion, {instancePath:instancePath+"/metaApiVersion",parentData:data,parentDataProperty:"metaApiVersion",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate586.errors = vErrors;
  return errors === 0;
}
function validate585(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate586(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate586.errors : vErrors.concat(validate586.errors);
    errors = vErrors.length;
  }
  validate585.errors = vErrors;
  return errors === 0;
}
export const explainSendWhatsAppMessageOutput = validate592;
function validate593(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "messageId")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.messageId !== undefined && func0.call(data, "messageId")) {
      if (!(validate147(data.messageId, {instancePath:instancePath+"/messageId",parentData:data,parentDataProperty:"messageId",rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate593.errors = vErrors;
  return errors === 0;
}
function validate592(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate593(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate593.errors : vErrors.concat(validate593.errors);
    errors = vErrors.length;
  }
  validate592.errors = vErrors;
  return errors === 0;
}
export const explainTagResourceInput = validate596;
function validate597(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.resourceArn === undefined) || (!(func0.call(data, "resourceArn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "resourceArn"},message:"must have required property '"+"resourceArn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.tags === undefined) || (!(func0.call(data, "tags")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "resourceArn") || (key0 === "tags"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.resourceArn !== undefined && func0.call(data, "resourceArn")) {
      if (!(validate428(data.resourceArn, {instancePath:instancePath+"/resourceArn",parentData:data,parentDataProperty:"resourceArn",rootData}))) {
        vErrors = vErrors === null ? validate428.errors : vErrors.concat(validate428.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined && func0.call(data, "tags")) {
      if (!(validate41(data.tags, {instancePath:instancePath+"/tags",parentData:data,parentDataProperty:"tags",rootData}))) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
  }
  validate597.errors = vErrors;
  return errors === 0;
}
function validate596(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate597(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate597.errors : vErrors.concat(validate597.errors);
    errors = vErrors.length;
  }
  validate596.errors = vErrors;
  return errors === 0;
}
export const explainTagResourceOutput = validate601;
function validate602(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "statusCode")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
      if (!(validate100(data.statusCode, {instancePath:instancePath+"/statusCode",parentData:data,parentDataProperty:"statusCode",rootData}))) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
  }
  validate602.errors = vErrors;
  return errors === 0;
}
function validate601(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate602(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate602.errors : vErrors.concat(validate602.errors);
    errors = vErrors.length;
  }
  validate601.errors = vErrors;
  return errors === 0;
}
export const explainUntagResourceInput = validate605;
function validate608(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(Array.isArray(data))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a list"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0=0; i0<len0; i0++) {
      if (!(validate147(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  }
  validate608.errors = vErrors;
  return errors === 0;
}
function validate606(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.resourceArn === undefined) || (!(func0.call(data, "resourceArn")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "resourceArn"},message:"must have required property '"+"resourceArn"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.tagKeys === undefined) || (!(func0.call(data, "tagKeys")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "tagKeys"},message:"must have required property '"+"tagKeys"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((key0 === "resourceArn") || (key0 === "tagKeys"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.resourceArn !== undefined && func0.call(data, "resourceArn")) {
      if (!(validate428(data.resourceArn, {instancePath:instancePath+"/resourceArn",parentData:data,parentDataProperty:"resourceArn",rootData}))) {
        vErrors = vErrors === null ? validate428.errors : vErrors.concat(validate428.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagKeys !== undefined && func0.call(data, "tagKeys")) {
      if (!(validate608(data.tagKeys, {instancePath:instancePath+"/tagKeys",parentData:data,parentDataProperty:"tagKeys",rootData}))) {
        vErrors = vErrors === null ? validate608.errors : vErrors.concat(validate608.errors);
        errors = vErrors.length;
      }
    }
  }
  validate606.errors = vErrors;
  return errors === 0;
}
function validate605(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate606(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate606.errors : vErrors.concat(validate606.errors);
    errors = vErrors.length;
  }
  validate605.errors = vErrors;
  return errors === 0;
}
export const explainUntagResourceOutput = validate612;
function validate613(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "statusCode")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
      if (!(validate100(data.statusCode, {instancePath:instancePath+"/statusCode",parentData:data,parentDataProperty:"statusCode",rootData}))) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
  }
  validate613.errors = vErrors;
  return errors === 0;
}
function validate612(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate613(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate613.errors : vErrors.concat(validate613.errors);
    errors = vErrors.length;
  }
  validate612.errors = vErrors;
  return errors === 0;
}
export const explainUpdateWhatsAppFlowInput = validate616;
function validate617(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((key0 === "id") || (key0 === "flowId")) || (key0 === "flowName")) || (key0 === "categories"))) {
        const err3 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowName !== undefined && func0.call(data, "flowName")) {
      if (!(validate116(data.flowName, {instancePath:instancePath+"/flowName",parentData:data,parentDataProperty:"flowName",rootData}))) {
        vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
        errors = vErrors.length;
      }
    }
    if (data.categories !== undefined && func0.call(data, "categories")) {
      if (!(validate118(data.categories, {instancePath:instancePath+"/categories",parentData:data,parentDataProperty:"categories",rootData}))) {
        vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
        errors = vErrors.length;
      }
    }
  }
  validate617.errors = vErrors;
  return errors === 0;
}
function validate616(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate617(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate617.errors : vErrors.concat(validate617.errors);
    errors = vErrors.length;
  }
  validate616.errors = vErrors;
  return errors === 0;
}
export const explainUpdateWhatsAppFlowOutput = validate623;
function validate624(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate624.errors = vErrors;
  return errors === 0;
}
function validate623(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate624(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate624.errors : vErrors.concat(validate624.errors);
    errors = vErrors.length;
  }
  validate623.errors = vErrors;
  return errors === 0;
}
export const explainUpdateWhatsAppFlowAssetsInput = validate626;
function validate627(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if ((data.flowId === undefined) || (!(func0.call(data, "flowId")))) {
      const err2 = {instancePath,keyword:"required",params:{missingProperty: "flowId"},message:"must have required property '"+"flowId"+"'"};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if ((data.flowJson === undefined) || (!(func0.call(data, "flowJson")))) {
      const err3 = {instancePath,keyword:"required",params:{missingProperty: "flowJson"},message:"must have required property '"+"flowJson"+"'"};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(((key0 === "id") || (key0 === "flowId")) || (key0 === "flowJson"))) {
        const err4 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowId !== undefined && func0.call(data, "flowId")) {
      if (!(validate126(data.flowId, {instancePath:instancePath+"/flowId",parentData:data,parentDataProperty:"flowId",rootData}))) {
        vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
        errors = vErrors.length;
      }
    }
    if (data.flowJson !== undefined && func0.call(data, "flowJson")) {
      if (!(validate122(data.flowJson, {instancePath:instancePath+"/flowJson",parentData:data,parentDataProperty:"flowJson",rootData}))) {
        vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
        errors = vErrors.length;
      }
    }
  }
  validate627.errors = vErrors;
  return errors === 0;
}
function validate626(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate627(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate627.errors : vErrors.concat(validate627.errors);
    errors = vErrors.length;
  }
  validate626.errors = vErrors;
  return errors === 0;
}
export const explainUpdateWhatsAppFlowAssetsOutput = validate632;
function validate633(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "validationErrors")) {
        const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
      if (!(validate132(data.validationErrors, {instancePath:instancePath+"/validationErrors",parentData:data,parentDataProperty:"validationErrors",rootData}))) {
        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
        errors = vErrors.length;
      }
    }
  }
  validate633.errors = vErrors;
  return errors === 0;
}
function validate632(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate633(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate633.errors : vErrors.concat(validate633.errors);
    errors = vErrors.length;
  }
  validate632.errors = vErrors;
  return errors === 0;
}
export const explainUpdateWhatsAppMessageTemplateInput = validate636;
function validate642(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if ((typeof data == "string") && (((data.length > 15 && (data.length > 30 || func48(data) > 15))) || ((data.length < 2 && (data.length < 1 || func48(data) < 1))))) {
    const err1 = {instancePath,keyword:"scLength",params:{constraint: "length"},message:"length must be between 1 and 15 characters"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate642.errors = vErrors;
  return errors === 0;
}
function validate645(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(data instanceof Uint8Array || typeof data == "string")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be a Uint8Array or a string"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (((data instanceof Uint8Array || typeof data == "string")) && (((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) > 3000) || ((data instanceof Uint8Array ? data.byteLength : obj5.encode(data).byteLength) < 1))) {
    const err1 = {instancePath,keyword:"scBytes",params:{constraint: "length"},message:"length must be between 1 and 3000 bytes"};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate645.errors = vErrors;
  return errors === 0;
}
function validate647(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "boolean")) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be true or false"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate647.errors = vErrors;
  return errors === 0;
}
function validate637(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if ((data.id === undefined) || (!(func0.call(data, "id")))) {
      const err1 = {instancePath,keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!((((((((key0 === "id") || (key0 === "metaTemplateId")) || (key0 === "templateName")) || (key0 === "templateLanguageCode")) || (key0 === "parameterFormat")) || (key0 === "templateCategory")) || (key0 === "templateComponents")) || (key0 === "ctaUrlLinkTrackingOptedOut"))) {
        const err2 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func0.call(data, "id")) {
      if (!(validate51(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData}))) {
        vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
        errors = vErrors.length;
      }
    }
    if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
      if (!(validate145(data.metaTemplateId, {instancePath:instancePath+"/metaTemplateId",parentData:data,parentDataProperty:"metaTemplateId",rootData}))) {
        vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateName !== undefined && func0.call(data, "templateName")) {
      if (!(validate155(data.templateName, {instancePath:instancePath+"/templateName",parentData:data,parentDataProperty:"templateName",rootData}))) {
        vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateLanguageCode !== undefined && func0.call(data, "templateLanguageCode")) {
      if (!(validate159(data.templateLanguageCode, {instancePath:instancePath+"/templateLanguageCode",parentData:data,parentDataProperty:"templateLanguageCode",rootData}))) {
        vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
        errors = vErrors.length;
      }
    }
    if (data.parameterFormat !== undefined && func0.call(data, "parameterFormat")) {
      if (!(validate642(data.parameterFormat, {instancePath:instancePath+"/parameterFormat",parentData:data,parentDataProperty:"parameterFormat",rootData}))) {
        vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
      if (!(validate149(data.templateCategory, {instancePath:instancePath+"/templateCategory",parentData:data,parentDataProperty:"templateCategory",rootData}))) {
        vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
        errors = vErrors.length;
      }
    }
    if (data.templateComponents !== undefined && func0.call(data, "templateComponents")) {
      if (!(validate645(data.templateComponents, {instancePath:instancePath+"/templateComponents",parentData:data,parentDataProperty:"templateComponents",rootData}))) {
        vErrors = vErrors === null ? validate645.errors : vErrors.concat(validate645.errors);
        errors = vErrors.length;
      }
    }
    if (data.ctaUrlLinkTrackingOptedOut !== undefined && func0.call(data, "ctaUrlLinkTrackingOptedOut")) {
      if (!(validate647(data.ctaUrlLinkTrackingOptedOut, {instancePath:instancePath+"/ctaUrlLinkTrackingOptedOut",parentData:data,parentDataProperty:"ctaUrlLinkTrackingOptedOut",rootData}))) {
        vErrors = vErrors === null ? validate647.errors : vErrors.concat(validate647.errors);
        errors = vErrors.length;
      }
    }
  }
  validate637.errors = vErrors;
  return errors === 0;
}
function validate636(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate637(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate637.errors : vErrors.concat(validate637.errors);
    errors = vErrors.length;
  }
  validate636.errors = vErrors;
  return errors === 0;
}
export const explainUpdateWhatsAppMessageTemplateOutput = validate650;
function validate651(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    const err0 = {instancePath,keyword:"scType",params:{constraint: "type"},message:"must be an object"};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const err1 = {instancePath,keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate651.errors = vErrors;
  return errors === 0;
}
function validate650(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {
  let vErrors = null;
  let errors = 0;
  if (!(validate651(data, {instancePath,parentData,parentDataProperty,rootData}))) {
    vErrors = vErrors === null ? validate651.errors : vErrors.concat(validate651.errors);
    errors = vErrors.length;
  }
  validate650.errors = vErrors;
  return errors === 0;
}
