// First-failure checks of AWS End User Messaging Social, compiled by shapecraft with AJV from the model. Do not edit.
export const checkAssociateWhatsAppBusinessAccountInput = validate23;
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
const pattern0 = /* @__PURE__ */ new RegExp("[A-Z]{2}", "u");
const pattern1 = /* @__PURE__ */ new RegExp(".*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*", "u");
const pattern2 = /* @__PURE__ */ new RegExp("arn:.*:[a-z-]+([/:](.*))?", "u");
const pattern3 = /* @__PURE__ */ new RegExp("arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+", "u");
const obj0 = /* @__PURE__ */ Object.freeze({insts: [[4,15],[3],[1,3,1],[0,0,2],[0,1,2],[1,4,1],[1,7,5],[0,2,6],[0,2,6],[0,3,8],[1,11,9],[0,0,10],[0,3,10],[0,4,12],[0,5,13],[0,6,14]], classes: [{"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[47,47,58,58],"negated":false}, {"ranges":[97,122,45,45],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[97,97],"negated":false}]});
const obj1 = /* @__PURE__ */ Object.freeze({insts: [[4,34],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,7,11],[0,7,12],[0,7,13],[0,7,14],[0,7,15],[0,7,16],[0,7,17],[0,7,18],[0,7,19],[0,7,20],[0,7,21],[0,6,22],[0,6,23],[0,8,24],[0,9,25],[0,10,26],[0,6,27],[1,30,28],[0,11,29],[0,6,29],[0,12,31],[0,5,32],[0,9,33]], classes: [{"ranges":[97,122,65,90,48,57,43,43,61,61,44,44,46,46,64,64,45,45,95,95],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[101,101],"negated":false}, {"ranges":[108,108],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[48,57],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[105,105],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[110,110],"negated":false}]});
function validate24(data) {
  let errors = 0;
  const _errs0 = errors;
  if ((typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array)) && ((((data["phoneNumberParent"] !== undefined && Object.prototype.hasOwnProperty.call(data, "phoneNumberParent")) ? 1 : 0) + ((data["waba"] !== undefined && Object.prototype.hasOwnProperty.call(data, "waba")) ? 1 : 0)) > 1)) {
    return false;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
      return false;
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.associateInProgressToken === undefined) || (!(func0.call(data, "associateInProgressToken")))) && (missing0 = "associateInProgressToken")) || (((data.phoneNumbers === undefined) || (!(func0.call(data, "phoneNumbers")))) && (missing0 = "phoneNumbers"))) {
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((key0 === "associateInProgressToken") || (key0 === "phoneNumbers")) || (key0 === "phoneNumberParent")) || (key0 === "waba"))) {
            return false;
          }
        }
        if (_errs1 === errors) {
          if (data.associateInProgressToken !== undefined && func0.call(data, "associateInProgressToken")) {
            let data0 = data.associateInProgressToken;
            const _errs2 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && ((data0.length > 50 && (data0.length > 100 || func48(data0) > 50)))) {
                return false;
              }
            }
            var valid1 = _errs2 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.phoneNumbers !== undefined && func0.call(data, "phoneNumbers")) {
              let data1 = data.phoneNumbers;
              const _errs3 = errors;
              if (!(Array.isArray(data1))) {
                return false;
              }
              if (errors === _errs3) {
                if (Array.isArray(data1)) {
                  var valid2 = true;
                  const len0 = data1.length;
                  for (let i0=0; i0<len0; i0++) {
                    let data2 = data1[i0];
                    const _errs4 = errors;
                    if (!(typeof data2 == "object" && data2 !== null && !Array.isArray(data2) && !(data2 instanceof Date) && !(data2 instanceof Uint8Array))) {
                      return false;
                    }
                    if (errors === _errs4) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if ((((data2.id === undefined) || (!(func0.call(data2, "id")))) && (missing1 = "id")) || (((data2.twoFactorPin === undefined) || (!(func0.call(data2, "twoFactorPin")))) && (missing1 = "twoFactorPin"))) {
                          return false;
                        } else {
                          const _errs5 = errors;
                          for (const key1 of Object.keys(data2)) {
                            if (!((((key1 === "id") || (key1 === "twoFactorPin")) || (key1 === "dataLocalizationRegion")) || (key1 === "tags"))) {
                              return false;
                            }
                          }
                          if (_errs5 === errors) {
                            if (data2.id !== undefined && func0.call(data2, "id")) {
                              let data3 = data2.id;
                              const _errs6 = errors;
                              if (!(typeof data3 == "string")) {
                                return false;
                              } else {
                                if ((typeof data3 == "string") && (((data3.length > 100 && (data3.length > 200 || func48(data3) > 100))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                                  return false;
                                }
                              }
                              var valid3 = _errs6 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.twoFactorPin !== undefined && func0.call(data2, "twoFactorPin")) {
                                let data4 = data2.twoFactorPin;
                                const _errs7 = errors;
                                if (!(typeof data4 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data4 == "string") && (((data4.length > 6 && (data4.length > 12 || func48(data4) > 6))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                                    return false;
                                  }
                                }
                                var valid3 = _errs7 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.dataLocalizationRegion !== undefined && func0.call(data2, "dataLocalizationRegion")) {
                                  let data5 = data2.dataLocalizationRegion;
                                  const _errs8 = errors;
                                  if (!(typeof data5 == "string")) {
                                    return false;
                                  } else {
                                    if (((typeof data5 == "string") && (true)) && (!(pattern0.test(data5)))) {
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs8 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data2.tags !== undefined && func0.call(data2, "tags")) {
                                    let data6 = data2.tags;
                                    const _errs9 = errors;
                                    if (!(Array.isArray(data6))) {
                                      return false;
                                    }
                                    if (errors === _errs9) {
                                      if (Array.isArray(data6)) {
                                        var valid4 = true;
                                        const len1 = data6.length;
                                        for (let i1=0; i1<len1; i1++) {
                                          let data7 = data6[i1];
                                          const _errs10 = errors;
                                          if (!(typeof data7 == "object" && data7 !== null && !Array.isArray(data7) && !(data7 instanceof Date) && !(data7 instanceof Uint8Array))) {
                                            return false;
                                          }
                                          if (errors === _errs10) {
                                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                              let missing2;
                                              if (((data7.key === undefined) || (!(func0.call(data7, "key")))) && (missing2 = "key")) {
                                                return false;
                                              } else {
                                                const _errs11 = errors;
                                                for (const key2 of Object.keys(data7)) {
                                                  if (!((key2 === "key") || (key2 === "value"))) {
                                                    return false;
                                                  }
                                                }
                                                if (_errs11 === errors) {
                                                  if (data7.key !== undefined && func0.call(data7, "key")) {
                                                    let data8 = data7.key;
                                                    const _errs12 = errors;
                                                    if (!(typeof data8 == "string")) {
                                                      return false;
                                                    } else {
                                                      if ((typeof data8 == "string") && (((data8.length > 128 && (data8.length > 256 || func48(data8) > 128))) || ((data8.length < 2 && (data8.length < 1 || func48(data8) < 1))))) {
                                                        return false;
                                                      }
                                                    }
                                                    var valid5 = _errs12 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data7.value !== undefined && func0.call(data7, "value")) {
                                                      let data9 = data7.value;
                                                      const _errs13 = errors;
                                                      if (!(typeof data9 == "string")) {
                                                        return false;
                                                      } else {
                                                        if ((typeof data9 == "string") && ((data9.length > 256 && (data9.length > 512 || func48(data9) > 256)))) {
                                                          return false;
                                                        }
                                                      }
                                                      var valid5 = _errs13 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                          var valid4 = _errs10 === errors;
                                          if (!valid4) {
                                            break;
                                          }
                                        }
                                      }
                                    }
                                    var valid3 = _errs9 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                    var valid2 = _errs4 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                }
              }
              var valid1 = _errs3 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.phoneNumberParent !== undefined && func0.call(data, "phoneNumberParent")) {
                let data10 = data.phoneNumberParent;
                const _errs14 = errors;
                if (!(typeof data10 == "string")) {
                  return false;
                } else {
                  if ((typeof data10 == "string") && (((data10.length > 115 && (data10.length > 230 || func48(data10) > 115))) || ((data10.length < 2 && (data10.length < 1 || func48(data10) < 1))))) {
                    return false;
                  } else {
                    if (((typeof data10 == "string") && (!(((data10.length > 115 && (data10.length > 230 || func48(data10) > 115))) || ((data10.length < 2 && (data10.length < 1 || func48(data10) < 1)))))) && (!(pattern1.test(data10)))) {
                      return false;
                    }
                  }
                }
                var valid1 = _errs14 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.waba !== undefined && func0.call(data, "waba")) {
                  let data11 = data.waba;
                  const _errs15 = errors;
                  if (!(typeof data11 == "object" && data11 !== null && !Array.isArray(data11) && !(data11 instanceof Date) && !(data11 instanceof Uint8Array))) {
                    return false;
                  }
                  if (errors === _errs15) {
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                      const _errs16 = errors;
                      for (const key3 of Object.keys(data11)) {
                        if (!(((key3 === "id") || (key3 === "eventDestinations")) || (key3 === "tags"))) {
                          return false;
                        }
                      }
                      if (_errs16 === errors) {
                        if (data11.id !== undefined && func0.call(data11, "id")) {
                          let data12 = data11.id;
                          const _errs17 = errors;
                          if (!(typeof data12 == "string")) {
                            return false;
                          } else {
                            if ((typeof data12 == "string") && (((data12.length > 100 && (data12.length > 200 || func48(data12) > 100))) || ((data12.length < 2 && (data12.length < 1 || func48(data12) < 1))))) {
                              return false;
                            }
                          }
                          var valid6 = _errs17 === errors;
                        } else {
                          var valid6 = true;
                        }
                        if (valid6) {
                          if (data11.eventDestinations !== undefined && func0.call(data11, "eventDestinations")) {
                            let data13 = data11.eventDestinations;
                            const _errs18 = errors;
                            if (!(Array.isArray(data13))) {
                              return false;
                            } else {
                              if ((Array.isArray(data13)) && ((data13.length > 1) || (data13.length < 0))) {
                                return false;
                              }
                            }
                            if (errors === _errs18) {
                              if (Array.isArray(data13)) {
                                var valid7 = true;
                                const len2 = data13.length;
                                for (let i2=0; i2<len2; i2++) {
                                  let data14 = data13[i2];
                                  const _errs19 = errors;
                                  if (!(typeof data14 == "object" && data14 !== null && !Array.isArray(data14) && !(data14 instanceof Date) && !(data14 instanceof Uint8Array))) {
                                    return false;
                                  }
                                  if (errors === _errs19) {
                                    if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                      let missing3;
                                      if (((data14.eventDestinationArn === undefined) || (!(func0.call(data14, "eventDestinationArn")))) && (missing3 = "eventDestinationArn")) {
                                        return false;
                                      } else {
                                        const _errs20 = errors;
                                        for (const key4 of Object.keys(data14)) {
                                          if (!((key4 === "eventDestinationArn") || (key4 === "roleArn"))) {
                                            return false;
                                          }
                                        }
                                        if (_errs20 === errors) {
                                          if (data14.eventDestinationArn !== undefined && func0.call(data14, "eventDestinationArn")) {
                                            let data15 = data14.eventDestinationArn;
                                            const _errs21 = errors;
                                            if (!(typeof data15 == "string")) {
                                              return false;
                                            } else {
                                              if ((typeof data15 == "string") && ((data15.length > 2048 && (data15.length > 4096 || func48(data15) > 2048)))) {
                                                return false;
                                              } else {
                                                if (((typeof data15 == "string") && (!((data15.length > 2048 && (data15.length > 4096 || func48(data15) > 2048))))) && (!((data15.length < 256 ? pattern2.test(data15) : func81(obj0, data15))))) {
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid8 = _errs21 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data14.roleArn !== undefined && func0.call(data14, "roleArn")) {
                                              let data16 = data14.roleArn;
                                              const _errs22 = errors;
                                              if (!(typeof data16 == "string")) {
                                                return false;
                                              } else {
                                                if (((typeof data16 == "string") && (true)) && (!((data16.length < 256 ? pattern3.test(data16) : func81(obj1, data16))))) {
                                                  return false;
                                                }
                                              }
                                              var valid8 = _errs22 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                  var valid7 = _errs19 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              }
                            }
                            var valid6 = _errs18 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data11.tags !== undefined && func0.call(data11, "tags")) {
                              let data17 = data11.tags;
                              const _errs23 = errors;
                              if (!(Array.isArray(data17))) {
                                return false;
                              }
                              if (errors === _errs23) {
                                if (Array.isArray(data17)) {
                                  var valid9 = true;
                                  const len3 = data17.length;
                                  for (let i3=0; i3<len3; i3++) {
                                    let data18 = data17[i3];
                                    const _errs24 = errors;
                                    if (!(typeof data18 == "object" && data18 !== null && !Array.isArray(data18) && !(data18 instanceof Date) && !(data18 instanceof Uint8Array))) {
                                      return false;
                                    }
                                    if (errors === _errs24) {
                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        let missing4;
                                        if (((data18.key === undefined) || (!(func0.call(data18, "key")))) && (missing4 = "key")) {
                                          return false;
                                        } else {
                                          const _errs25 = errors;
                                          for (const key5 of Object.keys(data18)) {
                                            if (!((key5 === "key") || (key5 === "value"))) {
                                              return false;
                                            }
                                          }
                                          if (_errs25 === errors) {
                                            if (data18.key !== undefined && func0.call(data18, "key")) {
                                              let data19 = data18.key;
                                              const _errs26 = errors;
                                              if (!(typeof data19 == "string")) {
                                                return false;
                                              } else {
                                                if ((typeof data19 == "string") && (((data19.length > 128 && (data19.length > 256 || func48(data19) > 128))) || ((data19.length < 2 && (data19.length < 1 || func48(data19) < 1))))) {
                                                  return false;
                                                }
                                              }
                                              var valid10 = _errs26 === errors;
                                            } else {
                                              var valid10 = true;
                                            }
                                            if (valid10) {
                                              if (data18.value !== undefined && func0.call(data18, "value")) {
                                                let data20 = data18.value;
                                                const _errs27 = errors;
                                                if (!(typeof data20 == "string")) {
                                                  return false;
                                                } else {
                                                  if ((typeof data20 == "string") && ((data20.length > 256 && (data20.length > 512 || func48(data20) > 256)))) {
                                                    return false;
                                                  }
                                                }
                                                var valid10 = _errs27 === errors;
                                              } else {
                                                var valid10 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                    var valid9 = _errs24 === errors;
                                    if (!valid9) {
                                      break;
                                    }
                                  }
                                }
                              }
                              var valid6 = _errs23 === errors;
                            } else {
                              var valid6 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid1 = _errs15 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
function validate23(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "signupCallback") || (key0 === "setupFinalization"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.signupCallback !== undefined && func0.call(data, "signupCallback")) {
          let data0 = data.signupCallback;
          const _errs1 = errors;
          if (!(typeof data0 == "object" && data0 !== null && !Array.isArray(data0) && !(data0 instanceof Date) && !(data0 instanceof Uint8Array))) {
            return false;
          }
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (((data0.accessToken === undefined) || (!(func0.call(data0, "accessToken")))) && (missing0 = "accessToken")) {
                return false;
              } else {
                const _errs2 = errors;
                for (const key1 of Object.keys(data0)) {
                  if (!((key1 === "accessToken") || (key1 === "callbackUrl"))) {
                    return false;
                  }
                }
                if (_errs2 === errors) {
                  if (data0.accessToken !== undefined && func0.call(data0, "accessToken")) {
                    let data1 = data0.accessToken;
                    const _errs3 = errors;
                    if (!(typeof data1 == "string")) {
                      return false;
                    } else {
                      if ((typeof data1 == "string") && ((data1.length > 1000 && (data1.length > 2000 || func48(data1) > 1000)))) {
                        return false;
                      }
                    }
                    var valid1 = _errs3 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.callbackUrl !== undefined && func0.call(data0, "callbackUrl")) {
                      let data2 = data0.callbackUrl;
                      const _errs4 = errors;
                      if (!(typeof data2 == "string")) {
                        return false;
                      } else {
                        if ((typeof data2 == "string") && ((data2.length > 100 && (data2.length > 200 || func48(data2) > 100)))) {
                          return false;
                        }
                      }
                      var valid1 = _errs4 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.setupFinalization !== undefined && func0.call(data, "setupFinalization")) {
            const _errs5 = errors;
            if (!(validate24(data.setupFinalization))) {
              errors++;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkAssociateWhatsAppBusinessAccountOutput = validate28;
const obj2 = /* @__PURE__ */ new Set(["COMPLETE","INCOMPLETE"]);
const obj3 = /* @__PURE__ */ Object.freeze({insts: [[4,27],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,9,12],[0,10,13],[0,4,14],[0,6,15],[0,10,16],[0,11,17],[0,12,18],[0,13,19],[0,14,20],[1,23,21],[0,15,22],[0,14,22],[0,10,24],[0,5,25],[0,16,26]], classes: [{"ranges":[48,57,97,122,65,90],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[100,100],"negated":false}, {"ranges":[105,105],"negated":false}, {"ranges":[45,45],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[101,101],"negated":false}, {"ranges":[98,98],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[117,117],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[104,104],"negated":false}, {"ranges":[112,112],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[97,97],"negated":false}]});
const pattern4 = /* @__PURE__ */ new RegExp("arn:.*:phone-number-id/[0-9a-zA-Z]+", "u");
const pattern5 = /* @__PURE__ */ new RegExp(".*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*", "u");
function validate29(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "associateInProgressToken") || (key0 === "linkedAccountsWithIncompleteSetup"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.associateInProgressToken !== undefined && func0.call(data, "associateInProgressToken")) {
          let data0 = data.associateInProgressToken;
          const _errs1 = errors;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && ((data0.length > 50 && (data0.length > 100 || func48(data0) > 50)))) {
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.linkedAccountsWithIncompleteSetup !== undefined && func0.call(data, "linkedAccountsWithIncompleteSetup")) {
            let data1 = data.linkedAccountsWithIncompleteSetup;
            const _errs2 = errors;
            if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
              return false;
            }
            if (errors === _errs2) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key1 of Object.keys(data1)) {
                  const _errs3 = errors;
                  if (!(typeof key1 == "string")) {
                    errors++;
                  } else {
                    if ((typeof key1 == "string") && (((key1.length > 100 && (key1.length > 200 || func48(key1) > 100))) || ((key1.length < 2 && (key1.length < 1 || func48(key1) < 1))))) {
                      errors++;
                    }
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    errors++;
                    return false;
                  }
                }
                if (valid1) {
                  for (const key2 of Object.keys(data1)) {
                    let data2 = data1[key2];
                    const _errs5 = errors;
                    if (!(typeof data2 == "object" && data2 !== null && !Array.isArray(data2) && !(data2 instanceof Date) && !(data2 instanceof Uint8Array))) {
                      return false;
                    }
                    if (errors === _errs5) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        const _errs6 = errors;
                        for (const key3 of Object.keys(data2)) {
                          if (!((((key3 === "accountName") || (key3 === "registrationStatus")) || (key3 === "unregisteredWhatsAppPhoneNumbers")) || (key3 === "wabaId"))) {
                            return false;
                          }
                        }
                        if (_errs6 === errors) {
                          if (data2.accountName !== undefined && func0.call(data2, "accountName")) {
                            let data3 = data2.accountName;
                            const _errs7 = errors;
                            if (!(typeof data3 == "string")) {
                              return false;
                            } else {
                              if ((typeof data3 == "string") && ((data3.length > 200 && (data3.length > 400 || func48(data3) > 200)))) {
                                return false;
                              }
                            }
                            var valid3 = _errs7 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.registrationStatus !== undefined && func0.call(data2, "registrationStatus")) {
                              let data4 = data2.registrationStatus;
                              const _errs8 = errors;
                              if (!(typeof data4 == "string")) {
                                return false;
                              } else {
                                if (typeof data4 == "string" && !obj2.has(data4)) {
                                  return false;
                                }
                              }
                              var valid3 = _errs8 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.unregisteredWhatsAppPhoneNumbers !== undefined && func0.call(data2, "unregisteredWhatsAppPhoneNumbers")) {
                                let data5 = data2.unregisteredWhatsAppPhoneNumbers;
                                const _errs9 = errors;
                                if (!(Array.isArray(data5))) {
                                  return false;
                                }
                                if (errors === _errs9) {
                                  if (Array.isArray(data5)) {
                                    var valid4 = true;
                                    const len0 = data5.length;
                                    for (let i0=0; i0<len0; i0++) {
                                      let data6 = data5[i0];
                                      const _errs10 = errors;
                                      if (!(typeof data6 == "object" && data6 !== null && !Array.isArray(data6) && !(data6 instanceof Date) && !(data6 instanceof Uint8Array))) {
                                        return false;
                                      }
                                      if (errors === _errs10) {
                                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                          let missing0;
                                          if (((((((((data6.arn === undefined) || (!(func0.call(data6, "arn")))) && (missing0 = "arn")) || (((data6.phoneNumber === undefined) || (!(func0.call(data6, "phoneNumber")))) && (missing0 = "phoneNumber"))) || (((data6.phoneNumberId === undefined) || (!(func0.call(data6, "phoneNumberId")))) && (missing0 = "phoneNumberId"))) || (((data6.metaPhoneNumberId === undefined) || (!(func0.call(data6, "metaPhoneNumberId")))) && (missing0 = "metaPhoneNumberId"))) || (((data6.displayPhoneNumberName === undefined) || (!(func0.call(data6, "displayPhoneNumberName")))) && (missing0 = "displayPhoneNumberName"))) || (((data6.displayPhoneNumber === undefined) || (!(func0.call(data6, "displayPhoneNumber")))) && (missing0 = "displayPhoneNumber"))) || (((data6.qualityRating === undefined) || (!(func0.call(data6, "qualityRating")))) && (missing0 = "qualityRating"))) {
                                            return false;
                                          } else {
                                            const _errs11 = errors;
                                            for (const key4 of Object.keys(data6)) {
                                              if (!((((((((key4 === "arn") || (key4 === "phoneNumber")) || (key4 === "phoneNumberId")) || (key4 === "metaPhoneNumberId")) || (key4 === "displayPhoneNumberName")) || (key4 === "displayPhoneNumber")) || (key4 === "qualityRating")) || (key4 === "dataLocalizationRegion"))) {
                                                return false;
                                              }
                                            }
                                            if (_errs11 === errors) {
                                              if (data6.arn !== undefined && func0.call(data6, "arn")) {
                                                let data7 = data6.arn;
                                                const _errs12 = errors;
                                                if (!(typeof data7 == "string")) {
                                                  return false;
                                                } else {
                                                  if ((typeof data7 == "string") && ((data7.length > 2048 && (data7.length > 4096 || func48(data7) > 2048)))) {
                                                    return false;
                                                  } else {
                                                    if (((typeof data7 == "string") && (!((data7.length > 2048 && (data7.length > 4096 || func48(data7) > 2048))))) && (!((data7.length < 256 ? pattern4.test(data7) : func81(obj3, data7))))) {
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid5 = _errs12 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data6.phoneNumber !== undefined && func0.call(data6, "phoneNumber")) {
                                                  let data8 = data6.phoneNumber;
                                                  const _errs13 = errors;
                                                  if (!(typeof data8 == "string")) {
                                                    return false;
                                                  } else {
                                                    if ((typeof data8 == "string") && (((data8.length > 20 && (data8.length > 40 || func48(data8) > 20))) || ((data8.length < 2 && (data8.length < 1 || func48(data8) < 1))))) {
                                                      return false;
                                                    }
                                                  }
                                                  var valid5 = _errs13 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data6.phoneNumberId !== undefined && func0.call(data6, "phoneNumberId")) {
                                                    let data9 = data6.phoneNumberId;
                                                    const _errs14 = errors;
                                                    if (!(typeof data9 == "string")) {
                                                      return false;
                                                    } else {
                                                      if ((typeof data9 == "string") && (((data9.length > 115 && (data9.length > 230 || func48(data9) > 115))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1))))) {
                                                        return false;
                                                      } else {
                                                        if (((typeof data9 == "string") && (!(((data9.length > 115 && (data9.length > 230 || func48(data9) > 115))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1)))))) && (!(pattern5.test(data9)))) {
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid5 = _errs14 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data6.metaPhoneNumberId !== undefined && func0.call(data6, "metaPhoneNumberId")) {
                                                      let data10 = data6.metaPhoneNumberId;
                                                      const _errs15 = errors;
                                                      if (!(typeof data10 == "string")) {
                                                        return false;
                                                      } else {
                                                        if ((typeof data10 == "string") && (((data10.length > 100 && (data10.length > 200 || func48(data10) > 100))) || ((data10.length < 2 && (data10.length < 1 || func48(data10) < 1))))) {
                                                          return false;
                                                        }
                                                      }
                                                      var valid5 = _errs15 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                    if (valid5) {
                                                      if (data6.displayPhoneNumberName !== undefined && func0.call(data6, "displayPhoneNumberName")) {
                                                        let data11 = data6.displayPhoneNumberName;
                                                        const _errs16 = errors;
                                                        if (!(typeof data11 == "string")) {
                                                          return false;
                                                        } else {
                                                          if ((typeof data11 == "string") && ((data11.length > 200 && (data11.length > 400 || func48(data11) > 200)))) {
                                                            return false;
                                                          }
                                                        }
                                                        var valid5 = _errs16 === errors;
                                                      } else {
                                                        var valid5 = true;
                                                      }
                                                      if (valid5) {
                                                        if (data6.displayPhoneNumber !== undefined && func0.call(data6, "displayPhoneNumber")) {
                                                          let data12 = data6.displayPhoneNumber;
                                                          const _errs17 = errors;
                                                          if (!(typeof data12 == "string")) {
                                                            return false;
                                                          } else {
                                                            if ((typeof data12 == "string") && ((data12.length > 20 && (data12.length > 40 || func48(data12) > 20)))) {
                                                              return false;
                                                            }
                                                          }
                                                          var valid5 = _errs17 === errors;
                                                        } else {
                                                          var valid5 = true;
                                                        }
                                                        if (valid5) {
                                                          if (data6.qualityRating !== undefined && func0.call(data6, "qualityRating")) {
                                                            let data13 = data6.qualityRating;
                                                            const _errs18 = errors;
                                                            if (!(typeof data13 == "string")) {
                                                              return false;
                                                            } else {
                                                              if ((typeof data13 == "string") && ((data13.length > 10 && (data13.length > 20 || func48(data13) > 10)))) {
                                                                return false;
                                                              }
                                                            }
                                                            var valid5 = _errs18 === errors;
                                                          } else {
                                                            var valid5 = true;
                                                          }
                                                          if (valid5) {
                                                            if (data6.dataLocalizationRegion !== undefined && func0.call(data6, "dataLocalizationRegion")) {
                                                              let data14 = data6.dataLocalizationRegion;
                                                              const _errs19 = errors;
                                                              if (!(typeof data14 == "string")) {
                                                                return false;
                                                              } else {
                                                                if (((typeof data14 == "string") && (true)) && (!(pattern0.test(data14)))) {
                                                                  return false;
                                                                }
                                                              }
                                                              var valid5 = _errs19 === errors;
                                                            } else {
                                                              var valid5 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                      var valid4 = _errs10 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  }
                                }
                                var valid3 = _errs9 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.wabaId !== undefined && func0.call(data2, "wabaId")) {
                                  let data15 = data2.wabaId;
                                  const _errs20 = errors;
                                  if (!(typeof data15 == "string")) {
                                    return false;
                                  } else {
                                    if ((typeof data15 == "string") && (((data15.length > 115 && (data15.length > 230 || func48(data15) > 115))) || ((data15.length < 2 && (data15.length < 1 || func48(data15) < 1))))) {
                                      return false;
                                    } else {
                                      if (((typeof data15 == "string") && (!(((data15.length > 115 && (data15.length > 230 || func48(data15) > 115))) || ((data15.length < 2 && (data15.length < 1 || func48(data15) < 1)))))) && (!(pattern1.test(data15)))) {
                                        return false;
                                      }
                                    }
                                  }
                                  var valid3 = _errs20 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                    var valid2 = _errs5 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
function validate28(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(((key0 === "signupCallbackResult") || (key0 === "statusCode")) || (key0 === "linkedWhatsAppBusinessAccountId"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.signupCallbackResult !== undefined && func0.call(data, "signupCallbackResult")) {
          const _errs1 = errors;
          if (!(validate29(data.signupCallbackResult))) {
            errors++;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
            let data1 = data.statusCode;
            const _errs2 = errors;
            if (!((typeof data1 == "number" && Number.isInteger(data1)) && (data1 >= -2147483648 && data1 <= 2147483647))) {
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.linkedWhatsAppBusinessAccountId !== undefined && func0.call(data, "linkedWhatsAppBusinessAccountId")) {
              let data2 = data.linkedWhatsAppBusinessAccountId;
              const _errs3 = errors;
              if (!(typeof data2 == "string")) {
                return false;
              } else {
                if ((typeof data2 == "string") && (((data2.length > 115 && (data2.length > 230 || func48(data2) > 115))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                  return false;
                } else {
                  if (((typeof data2 == "string") && (!(((data2.length > 115 && (data2.length > 230 || func48(data2) > 115))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1)))))) && (!(pattern1.test(data2)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppDatasetInput = validate33;
function validate33(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "id")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppDatasetOutput = validate36;
const pattern10 = /* @__PURE__ */ new RegExp("[0-9]+", "u");
function validate36(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.datasetId === undefined) || (!(func0.call(data, "datasetId")))) && (missing0 = "datasetId")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "datasetId")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
            let data0 = data.datasetId;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 20 && (data0.length > 40 || func48(data0) > 20))) || ((data0.length < 20 && (data0.length < 10 || func48(data0) < 10))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 20 && (data0.length > 40 || func48(data0) > 20))) || ((data0.length < 20 && (data0.length < 10 || func48(data0) < 10)))))) && (!(pattern10.test(data0)))) {
                  return false;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppFlowInput = validate39;
const obj4 = /* @__PURE__ */ new Set(["SIGN_UP","SIGN_IN","APPOINTMENT_BOOKING","LEAD_GENERATION","SHOPPING","CONTACT_US","CUSTOMER_SUPPORT","SURVEY","OTHER"]);
const obj5 = /* @__PURE__ */ new TextEncoder();
function validate39(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowName === undefined) || (!(func0.call(data, "flowName")))) && (missing0 = "flowName"))) || (((data.categories === undefined) || (!(func0.call(data, "categories")))) && (missing0 = "categories"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((((key0 === "id") || (key0 === "flowName")) || (key0 === "categories")) || (key0 === "flowJson")) || (key0 === "publish")) || (key0 === "cloneFlowId"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowName !== undefined && func0.call(data, "flowName")) {
              let data1 = data.flowName;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 200 && (data1.length > 400 || func48(data1) > 200))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.categories !== undefined && func0.call(data, "categories")) {
                let data2 = data.categories;
                const _errs3 = errors;
                if (!(Array.isArray(data2))) {
                  return false;
                } else {
                  if ((Array.isArray(data2)) && ((data2.length > 9) || (data2.length < 1))) {
                    return false;
                  }
                }
                if (errors === _errs3) {
                  if (Array.isArray(data2)) {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0=0; i0<len0; i0++) {
                      let data3 = data2[i0];
                      const _errs4 = errors;
                      if (!(typeof data3 == "string")) {
                        return false;
                      } else {
                        if (typeof data3 == "string" && !obj4.has(data3)) {
                          return false;
                        }
                      }
                      var valid1 = _errs4 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.flowJson !== undefined && func0.call(data, "flowJson")) {
                  let data4 = data.flowJson;
                  const _errs5 = errors;
                  if (!(data4 instanceof Uint8Array || typeof data4 == "string")) {
                    return false;
                  } else {
                    if (((data4 instanceof Uint8Array || typeof data4 == "string")) && (((data4 instanceof Uint8Array ? data4.byteLength : obj5.encode(data4).byteLength) > 10485760) || ((data4 instanceof Uint8Array ? data4.byteLength : obj5.encode(data4).byteLength) < 1))) {
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.publish !== undefined && func0.call(data, "publish")) {
                    const _errs6 = errors;
                    if (!(typeof data.publish == "boolean")) {
                      return false;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.cloneFlowId !== undefined && func0.call(data, "cloneFlowId")) {
                      let data6 = data.cloneFlowId;
                      const _errs7 = errors;
                      if (!(typeof data6 == "string")) {
                        return false;
                      } else {
                        if ((typeof data6 == "string") && (((data6.length > 100 && (data6.length > 200 || func48(data6) > 100))) || ((data6.length < 2 && (data6.length < 1 || func48(data6) < 1))))) {
                          return false;
                        } else {
                          if (((typeof data6 == "string") && (!(((data6.length > 100 && (data6.length > 200 || func48(data6) > 100))) || ((data6.length < 2 && (data6.length < 1 || func48(data6) < 1)))))) && (!(pattern10.test(data6)))) {
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppFlowOutput = validate42;
function validate42(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "flowId") || (key0 === "validationErrors"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.flowId !== undefined && func0.call(data, "flowId")) {
          let data0 = data.flowId;
          const _errs1 = errors;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            } else {
              if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
            let data1 = data.validationErrors;
            const _errs2 = errors;
            if (!(Array.isArray(data1))) {
              return false;
            }
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0=0; i0<len0; i0++) {
                  let data2 = data1[i0];
                  const _errs3 = errors;
                  if (!(typeof data2 == "string")) {
                    return false;
                  } else {
                    if ((typeof data2 == "string") && ((data2.length > 1048576 && (data2.length > 2097152 || func48(data2) > 1048576)))) {
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppMessageTemplateInput = validate45;
function validate45(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.templateDefinition === undefined) || (!(func0.call(data, "templateDefinition")))) && (missing0 = "templateDefinition")) || (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "templateDefinition") || (key0 === "id"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.templateDefinition !== undefined && func0.call(data, "templateDefinition")) {
            let data0 = data.templateDefinition;
            const _errs1 = errors;
            if (!(data0 instanceof Uint8Array || typeof data0 == "string")) {
              return false;
            } else {
              if (((data0 instanceof Uint8Array || typeof data0 == "string")) && (((data0 instanceof Uint8Array ? data0.byteLength : obj5.encode(data0).byteLength) > 6000) || ((data0 instanceof Uint8Array ? data0.byteLength : obj5.encode(data0).byteLength) < 1))) {
                return false;
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== undefined && func0.call(data, "id")) {
              let data1 = data.id;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern1.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppMessageTemplateOutput = validate48;
function validate48(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(((key0 === "metaTemplateId") || (key0 === "templateStatus")) || (key0 === "category"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
          let data0 = data.metaTemplateId;
          const _errs1 = errors;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            } else {
              if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.templateStatus !== undefined && func0.call(data, "templateStatus")) {
            const _errs2 = errors;
            if (!(typeof data.templateStatus == "string")) {
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.category !== undefined && func0.call(data, "category")) {
              let data2 = data.category;
              const _errs3 = errors;
              if (!(typeof data2 == "string")) {
                return false;
              } else {
                if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppMessageTemplateFromLibraryInput = validate51;
function validate52(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((((data.templateName === undefined) || (!(func0.call(data, "templateName")))) && (missing0 = "templateName")) || (((data.libraryTemplateName === undefined) || (!(func0.call(data, "libraryTemplateName")))) && (missing0 = "libraryTemplateName"))) || (((data.templateCategory === undefined) || (!(func0.call(data, "templateCategory")))) && (missing0 = "templateCategory"))) || (((data.templateLanguage === undefined) || (!(func0.call(data, "templateLanguage")))) && (missing0 = "templateLanguage"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((((key0 === "templateName") || (key0 === "libraryTemplateName")) || (key0 === "templateCategory")) || (key0 === "templateLanguage")) || (key0 === "libraryTemplateButtonInputs")) || (key0 === "libraryTemplateBodyInputs"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.templateName !== undefined && func0.call(data, "templateName")) {
            let data0 = data.templateName;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 512 && (data0.length > 1024 || func48(data0) > 512))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.libraryTemplateName !== undefined && func0.call(data, "libraryTemplateName")) {
              let data1 = data.libraryTemplateName;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 512 && (data1.length > 1024 || func48(data1) > 512))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
                let data2 = data.templateCategory;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.templateLanguage !== undefined && func0.call(data, "templateLanguage")) {
                  let data3 = data.templateLanguage;
                  const _errs4 = errors;
                  if (!(typeof data3 == "string")) {
                    return false;
                  } else {
                    if ((typeof data3 == "string") && (((data3.length > 6 && (data3.length > 12 || func48(data3) > 6))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.libraryTemplateButtonInputs !== undefined && func0.call(data, "libraryTemplateButtonInputs")) {
                    let data4 = data.libraryTemplateButtonInputs;
                    const _errs5 = errors;
                    if (!(Array.isArray(data4))) {
                      return false;
                    }
                    if (errors === _errs5) {
                      if (Array.isArray(data4)) {
                        var valid1 = true;
                        const len0 = data4.length;
                        for (let i0=0; i0<len0; i0++) {
                          let data5 = data4[i0];
                          const _errs6 = errors;
                          if (!(typeof data5 == "object" && data5 !== null && !Array.isArray(data5) && !(data5 instanceof Date) && !(data5 instanceof Uint8Array))) {
                            return false;
                          }
                          if (errors === _errs6) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              const _errs7 = errors;
                              for (const key1 of Object.keys(data5)) {
                                if (!((((((key1 === "type") || (key1 === "phoneNumber")) || (key1 === "url")) || (key1 === "otpType")) || (key1 === "zeroTapTermsAccepted")) || (key1 === "supportedApps"))) {
                                  return false;
                                }
                              }
                              if (_errs7 === errors) {
                                if (data5.type !== undefined && func0.call(data5, "type")) {
                                  let data6 = data5.type;
                                  const _errs8 = errors;
                                  if (!(typeof data6 == "string")) {
                                    return false;
                                  } else {
                                    if ((typeof data6 == "string") && (((data6.length > 25 && (data6.length > 50 || func48(data6) > 25))) || ((data6.length < 2 && (data6.length < 1 || func48(data6) < 1))))) {
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs8 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data5.phoneNumber !== undefined && func0.call(data5, "phoneNumber")) {
                                    let data7 = data5.phoneNumber;
                                    const _errs9 = errors;
                                    if (!(typeof data7 == "string")) {
                                      return false;
                                    } else {
                                      if ((typeof data7 == "string") && (((data7.length > 20 && (data7.length > 40 || func48(data7) > 20))) || ((data7.length < 2 && (data7.length < 1 || func48(data7) < 1))))) {
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs9 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data5.url !== undefined && func0.call(data5, "url")) {
                                      let data8 = data5.url;
                                      const _errs10 = errors;
                                      if (!(typeof data8 == "object" && data8 !== null && !Array.isArray(data8) && !(data8 instanceof Date) && !(data8 instanceof Uint8Array))) {
                                        return false;
                                      } else {
                                        if ((typeof data8 == "object" && data8 !== null && !Array.isArray(data8) && !(data8 instanceof Date) && !(data8 instanceof Uint8Array)) && ((Object.keys(data8).length > 10) || (Object.keys(data8).length < 0))) {
                                          return false;
                                        }
                                      }
                                      if (errors === _errs10) {
                                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                          for (const key2 of Object.keys(data8)) {
                                            const _errs11 = errors;
                                            if (!(typeof key2 == "string")) {
                                              errors++;
                                            } else {
                                              if ((typeof key2 == "string") && (((key2.length > 30 && (key2.length > 60 || func48(key2) > 30))) || ((key2.length < 2 && (key2.length < 1 || func48(key2) < 1))))) {
                                                errors++;
                                              }
                                            }
                                            var valid3 = _errs11 === errors;
                                            if (!valid3) {
                                              errors++;
                                              return false;
                                            }
                                          }
                                          if (valid3) {
                                            for (const key3 of Object.keys(data8)) {
                                              let data9 = data8[key3];
                                              const _errs13 = errors;
                                              if (!(typeof data9 == "string")) {
                                                return false;
                                              } else {
                                                if ((typeof data9 == "string") && (((data9.length > 400 && (data9.length > 800 || func48(data9) > 400))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1))))) {
                                                  return false;
                                                }
                                              }
                                              var valid4 = _errs13 === errors;
                                              if (!valid4) {
                                                break;
                                              }
                                            }
                                          }
                                        }
                                      }
                                      var valid2 = _errs10 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data5.otpType !== undefined && func0.call(data5, "otpType")) {
                                        let data10 = data5.otpType;
                                        const _errs14 = errors;
                                        if (!(typeof data10 == "string")) {
                                          return false;
                                        } else {
                                          if ((typeof data10 == "string") && (((data10.length > 25 && (data10.length > 50 || func48(data10) > 25))) || ((data10.length < 2 && (data10.length < 1 || func48(data10) < 1))))) {
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs14 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data5.zeroTapTermsAccepted !== undefined && func0.call(data5, "zeroTapTermsAccepted")) {
                                          const _errs15 = errors;
                                          if (!(typeof data5.zeroTapTermsAccepted == "boolean")) {
                                            return false;
                                          }
                                          var valid2 = _errs15 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data5.supportedApps !== undefined && func0.call(data5, "supportedApps")) {
                                            let data12 = data5.supportedApps;
                                            const _errs16 = errors;
                                            if (!(Array.isArray(data12))) {
                                              return false;
                                            }
                                            if (errors === _errs16) {
                                              if (Array.isArray(data12)) {
                                                var valid5 = true;
                                                const len1 = data12.length;
                                                for (let i1=0; i1<len1; i1++) {
                                                  let data13 = data12[i1];
                                                  const _errs17 = errors;
                                                  if (!(typeof data13 == "object" && data13 !== null && !Array.isArray(data13) && !(data13 instanceof Date) && !(data13 instanceof Uint8Array))) {
                                                    return false;
                                                  } else {
                                                    if ((typeof data13 == "object" && data13 !== null && !Array.isArray(data13) && !(data13 instanceof Date) && !(data13 instanceof Uint8Array)) && ((Object.keys(data13).length > 10) || (Object.keys(data13).length < 0))) {
                                                      return false;
                                                    }
                                                  }
                                                  if (errors === _errs17) {
                                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                                      for (const key4 of Object.keys(data13)) {
                                                        const _errs18 = errors;
                                                        if (!(typeof key4 == "string")) {
                                                          errors++;
                                                        } else {
                                                          if ((typeof key4 == "string") && (((key4.length > 30 && (key4.length > 60 || func48(key4) > 30))) || ((key4.length < 2 && (key4.length < 1 || func48(key4) < 1))))) {
                                                            errors++;
                                                          }
                                                        }
                                                        var valid6 = _errs18 === errors;
                                                        if (!valid6) {
                                                          errors++;
                                                          return false;
                                                        }
                                                      }
                                                      if (valid6) {
                                                        for (const key5 of Object.keys(data13)) {
                                                          let data14 = data13[key5];
                                                          const _errs20 = errors;
                                                          if (!(typeof data14 == "string")) {
                                                            return false;
                                                          } else {
                                                            if ((typeof data14 == "string") && (((data14.length > 100 && (data14.length > 200 || func48(data14) > 100))) || ((data14.length < 2 && (data14.length < 1 || func48(data14) < 1))))) {
                                                              return false;
                                                            }
                                                          }
                                                          var valid7 = _errs20 === errors;
                                                          if (!valid7) {
                                                            break;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                  var valid5 = _errs17 === errors;
                                                  if (!valid5) {
                                                    break;
                                                  }
                                                }
                                              }
                                            }
                                            var valid2 = _errs16 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                          var valid1 = _errs6 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.libraryTemplateBodyInputs !== undefined && func0.call(data, "libraryTemplateBodyInputs")) {
                      let data15 = data.libraryTemplateBodyInputs;
                      const _errs21 = errors;
                      if (!(typeof data15 == "object" && data15 !== null && !Array.isArray(data15) && !(data15 instanceof Date) && !(data15 instanceof Uint8Array))) {
                        return false;
                      }
                      if (errors === _errs21) {
                        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                          const _errs22 = errors;
                          for (const key6 of Object.keys(data15)) {
                            if (!(((((key6 === "addContactNumber") || (key6 === "addLearnMoreLink")) || (key6 === "addSecurityRecommendation")) || (key6 === "addTrackPackageLink")) || (key6 === "codeExpirationMinutes"))) {
                              return false;
                            }
                          }
                          if (_errs22 === errors) {
                            if (data15.addContactNumber !== undefined && func0.call(data15, "addContactNumber")) {
                              const _errs23 = errors;
                              if (!(typeof data15.addContactNumber == "boolean")) {
                                return false;
                              }
                              var valid8 = _errs23 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data15.addLearnMoreLink !== undefined && func0.call(data15, "addLearnMoreLink")) {
                                const _errs24 = errors;
                                if (!(typeof data15.addLearnMoreLink == "boolean")) {
                                  return false;
                                }
                                var valid8 = _errs24 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data15.addSecurityRecommendation !== undefined && func0.call(data15, "addSecurityRecommendation")) {
                                  const _errs25 = errors;
                                  if (!(typeof data15.addSecurityRecommendation == "boolean")) {
                                    return false;
                                  }
                                  var valid8 = _errs25 === errors;
                                } else {
                                  var valid8 = true;
                                }
                                if (valid8) {
                                  if (data15.addTrackPackageLink !== undefined && func0.call(data15, "addTrackPackageLink")) {
                                    const _errs26 = errors;
                                    if (!(typeof data15.addTrackPackageLink == "boolean")) {
                                      return false;
                                    }
                                    var valid8 = _errs26 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data15.codeExpirationMinutes !== undefined && func0.call(data15, "codeExpirationMinutes")) {
                                      let data20 = data15.codeExpirationMinutes;
                                      const _errs27 = errors;
                                      if (!((typeof data20 == "number" && Number.isInteger(data20)) && (data20 >= -2147483648 && data20 <= 2147483647))) {
                                        return false;
                                      }
                                      var valid8 = _errs27 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
function validate51(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.metaLibraryTemplate === undefined) || (!(func0.call(data, "metaLibraryTemplate")))) && (missing0 = "metaLibraryTemplate")) || (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "metaLibraryTemplate") || (key0 === "id"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.metaLibraryTemplate !== undefined && func0.call(data, "metaLibraryTemplate")) {
            const _errs1 = errors;
            if (!(validate52(data.metaLibraryTemplate))) {
              errors++;
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== undefined && func0.call(data, "id")) {
              let data1 = data.id;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern1.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppMessageTemplateFromLibraryOutput = validate56;
function validate56(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(((key0 === "metaTemplateId") || (key0 === "templateStatus")) || (key0 === "category"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
          let data0 = data.metaTemplateId;
          const _errs1 = errors;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            } else {
              if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                return false;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.templateStatus !== undefined && func0.call(data, "templateStatus")) {
            const _errs2 = errors;
            if (!(typeof data.templateStatus == "string")) {
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.category !== undefined && func0.call(data, "category")) {
              let data2 = data.category;
              const _errs3 = errors;
              if (!(typeof data2 == "string")) {
                return false;
              } else {
                if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppMessageTemplateMediaInput = validate59;
const pattern19 = /* @__PURE__ */ new RegExp("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "u");
function validate59(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "id") || (key0 === "sourceS3File"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceS3File !== undefined && func0.call(data, "sourceS3File")) {
              let data1 = data.sourceS3File;
              const _errs2 = errors;
              if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                return false;
              }
              if (errors === _errs2) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if ((((data1.bucketName === undefined) || (!(func0.call(data1, "bucketName")))) && (missing1 = "bucketName")) || (((data1.key === undefined) || (!(func0.call(data1, "key")))) && (missing1 = "key"))) {
                    return false;
                  } else {
                    const _errs3 = errors;
                    for (const key1 of Object.keys(data1)) {
                      if (!((key1 === "bucketName") || (key1 === "key"))) {
                        return false;
                      }
                    }
                    if (_errs3 === errors) {
                      if (data1.bucketName !== undefined && func0.call(data1, "bucketName")) {
                        let data2 = data1.bucketName;
                        const _errs4 = errors;
                        if (!(typeof data2 == "string")) {
                          return false;
                        } else {
                          if ((typeof data2 == "string") && (((data2.length > 63 && (data2.length > 126 || func48(data2) > 63))) || ((data2.length < 6 && (data2.length < 3 || func48(data2) < 3))))) {
                            return false;
                          } else {
                            if (((typeof data2 == "string") && (!(((data2.length > 63 && (data2.length > 126 || func48(data2) > 63))) || ((data2.length < 6 && (data2.length < 3 || func48(data2) < 3)))))) && (!(pattern19.test(data2)))) {
                              return false;
                            }
                          }
                        }
                        var valid1 = _errs4 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.key !== undefined && func0.call(data1, "key")) {
                          let data3 = data1.key;
                          const _errs5 = errors;
                          if (!(typeof data3 == "string")) {
                            return false;
                          } else {
                            if ((typeof data3 == "string") && ((data3.length > 1024 && (data3.length > 2048 || func48(data3) > 1024)))) {
                              return false;
                            }
                          }
                          var valid1 = _errs5 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkCreateWhatsAppMessageTemplateMediaOutput = validate62;
function validate62(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "metaHeaderHandle")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.metaHeaderHandle !== undefined && func0.call(data, "metaHeaderHandle")) {
          if (!(typeof data.metaHeaderHandle == "string")) {
            return false;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDeleteWhatsAppFlowInput = validate65;
function validate65(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "id") || (key0 === "flowId"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDeleteWhatsAppFlowOutput = validate68;
function validate68(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkDeleteWhatsAppMessageMediaInput = validate71;
const pattern22 = /* @__PURE__ */ new RegExp("[A-Za-z0-9]+", "u");
function validate71(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.mediaId === undefined) || (!(func0.call(data, "mediaId")))) && (missing0 = "mediaId")) || (((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) && (missing0 = "originationPhoneNumberId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "mediaId") || (key0 === "originationPhoneNumberId"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.mediaId !== undefined && func0.call(data, "mediaId")) {
            let data0 = data.mediaId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern22.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
              let data1 = data.originationPhoneNumberId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern5.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDeleteWhatsAppMessageMediaOutput = validate74;
function validate74(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "success")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.success !== undefined && func0.call(data, "success")) {
          if (!(typeof data.success == "boolean")) {
            return false;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDeleteWhatsAppMessageTemplateInput = validate77;
function validate77(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.templateName === undefined) || (!(func0.call(data, "templateName")))) && (missing0 = "templateName"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((key0 === "metaTemplateId") || (key0 === "deleteAllLanguages")) || (key0 === "id")) || (key0 === "templateName"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
            let data0 = data.metaTemplateId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.deleteAllLanguages !== undefined && func0.call(data, "deleteAllLanguages")) {
              const _errs2 = errors;
              if (!(typeof data.deleteAllLanguages == "boolean")) {
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.id !== undefined && func0.call(data, "id")) {
                let data2 = data.id;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 115 && (data2.length > 230 || func48(data2) > 115))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  } else {
                    if (((typeof data2 == "string") && (!(((data2.length > 115 && (data2.length > 230 || func48(data2) > 115))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1)))))) && (!(pattern1.test(data2)))) {
                      return false;
                    }
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.templateName !== undefined && func0.call(data, "templateName")) {
                  let data3 = data.templateName;
                  const _errs4 = errors;
                  if (!(typeof data3 == "string")) {
                    return false;
                  } else {
                    if ((typeof data3 == "string") && (((data3.length > 512 && (data3.length > 1024 || func48(data3) > 512))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDeleteWhatsAppMessageTemplateOutput = validate80;
function validate80(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkDeprecateWhatsAppFlowInput = validate83;
function validate83(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "id") || (key0 === "flowId"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDeprecateWhatsAppFlowOutput = validate86;
function validate86(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkDisassociateWhatsAppBusinessAccountInput = validate89;
function validate89(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "id")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkDisassociateWhatsAppBusinessAccountOutput = validate92;
function validate92(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkGetLinkedWhatsAppBusinessAccountInput = validate95;
function validate95(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "id")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetLinkedWhatsAppBusinessAccountOutput = validate98;
const schema58 = {"scType":"object","properties":{"arn":{"scType":"string","scLength":{"min":0,"max":2048},"scPattern":{"pattern":"arn:.*:waba/[0-9a-zA-Z]+","length":{"min":0,"max":2048},"linear":{"insts":[[4,16],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,2,7],[0,4,8],[0,5,9],[1,12,10],[0,6,11],[0,5,11],[0,7,13],[0,8,14],[0,2,15]],"classes":[{"ranges":[48,57,97,122,65,90],"negated":false},{"ranges":[47,47],"negated":false},{"ranges":[97,97],"negated":false},{"ranges":[98,98],"negated":false},{"ranges":[119,119],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[110,110],"negated":false},{"ranges":[114,114],"negated":false}]},"nativeBelow":256}},"id":{"scType":"string","scLength":{"min":1,"max":115},"scPattern":{"pattern":".*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*","length":{"min":1,"max":115}}},"wabaId":{"scType":"string","scLength":{"min":1,"max":100}},"registrationStatus":{"scType":"string","scEnum":["COMPLETE","INCOMPLETE"]},"linkDate":{"scType":"date"},"wabaName":{"scType":"string","scLength":{"min":0,"max":200}},"eventDestinations":{"scType":"array","scCount":{"min":0,"max":1,"unit":"items"},"items":{"scType":"object","properties":{"eventDestinationArn":{"scType":"string","scLength":{"min":0,"max":2048},"scPattern":{"pattern":"arn:.*:[a-z-]+([/:](.*))?","length":{"min":0,"max":2048},"linear":{"insts":[[4,15],[3],[1,3,1],[0,0,2],[0,1,2],[1,4,1],[1,7,5],[0,2,6],[0,2,6],[0,3,8],[1,11,9],[0,0,10],[0,3,10],[0,4,12],[0,5,13],[0,6,14]],"classes":[{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[47,47,58,58],"negated":false},{"ranges":[97,122,45,45],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[110,110],"negated":false},{"ranges":[114,114],"negated":false},{"ranges":[97,97],"negated":false}]},"nativeBelow":256}},"roleArn":{"scType":"string","scPattern":{"pattern":"arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+","linear":{"insts":[[4,34],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,7,11],[0,7,12],[0,7,13],[0,7,14],[0,7,15],[0,7,16],[0,7,17],[0,7,18],[0,7,19],[0,7,20],[0,7,21],[0,6,22],[0,6,23],[0,8,24],[0,9,25],[0,10,26],[0,6,27],[1,30,28],[0,11,29],[0,6,29],[0,12,31],[0,5,32],[0,9,33]],"classes":[{"ranges":[97,122,65,90,48,57,43,43,61,61,44,44,46,46,64,64,45,45,95,95],"negated":false},{"ranges":[47,47],"negated":false},{"ranges":[101,101],"negated":false},{"ranges":[108,108],"negated":false},{"ranges":[111,111],"negated":false},{"ranges":[114,114],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[48,57],"negated":false},{"ranges":[109,109],"negated":false},{"ranges":[97,97],"negated":false},{"ranges":[105,105],"negated":false},{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[110,110],"negated":false}]},"nativeBelow":256}}},"additionalProperties":false,"required":["eventDestinationArn"]}},"marketingMessagesOnboardingStatus":{"scType":"string","scLength":{"min":0,"max":100}},"datasetId":{"scType":"string","scLength":{"min":10,"max":20},"scPattern":{"pattern":"[0-9]+","length":{"min":10,"max":20}}},"phoneNumbers":{"scType":"array","items":{"scType":"object","properties":{"arn":{"scType":"string","scLength":{"min":0,"max":2048},"scPattern":{"pattern":"arn:.*:phone-number-id/[0-9a-zA-Z]+","length":{"min":0,"max":2048},"linear":{"insts":[[4,27],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,9,12],[0,10,13],[0,4,14],[0,6,15],[0,10,16],[0,11,17],[0,12,18],[0,13,19],[0,14,20],[1,23,21],[0,15,22],[0,14,22],[0,10,24],[0,5,25],[0,16,26]],"classes":[{"ranges":[48,57,97,122,65,90],"negated":false},{"ranges":[47,47],"negated":false},{"ranges":[100,100],"negated":false},{"ranges":[105,105],"negated":false},{"ranges":[45,45],"negated":false},{"ranges":[114,114],"negated":false},{"ranges":[101,101],"negated":false},{"ranges":[98,98],"negated":false},{"ranges":[109,109],"negated":false},{"ranges":[117,117],"negated":false},{"ranges":[110,110],"negated":false},{"ranges":[111,111],"negated":false},{"ranges":[104,104],"negated":false},{"ranges":[112,112],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[97,97],"negated":false}]},"nativeBelow":256}},"phoneNumber":{"scType":"string","scLength":{"min":1,"max":20}},"phoneNumberId":{"scType":"string","scLength":{"min":1,"max":115},"scPattern":{"pattern":".*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*","length":{"min":1,"max":115}}},"metaPhoneNumberId":{"scType":"string","scLength":{"min":1,"max":100}},"displayPhoneNumberName":{"scType":"string","scLength":{"min":0,"max":200}},"displayPhoneNumber":{"scType":"string","scLength":{"min":0,"max":20}},"qualityRating":{"scType":"string","scLength":{"min":0,"max":10}},"dataLocalizationRegion":{"scType":"string","scPattern":{"pattern":"[A-Z]{2}"}}},"additionalProperties":false,"required":["arn","phoneNumber","phoneNumberId","metaPhoneNumberId","displayPhoneNumberName","displayPhoneNumber","qualityRating"]}}},"additionalProperties":false,"required":["arn","id","wabaId","registrationStatus","linkDate","wabaName","eventDestinations","phoneNumbers"]};
const pattern30 = /* @__PURE__ */ new RegExp("arn:.*:waba/[0-9a-zA-Z]+", "u");
const obj7 = /* @__PURE__ */ Object.freeze({insts: [[4,16],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,2,7],[0,4,8],[0,5,9],[1,12,10],[0,6,11],[0,5,11],[0,7,13],[0,8,14],[0,2,15]], classes: [{"ranges":[48,57,97,122,65,90],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[98,98],"negated":false}, {"ranges":[119,119],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[110,110],"negated":false}, {"ranges":[114,114],"negated":false}]});
function validate99(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((((((((data.arn === undefined) || (!(func0.call(data, "arn")))) && (missing0 = "arn")) || (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id"))) || (((data.wabaId === undefined) || (!(func0.call(data, "wabaId")))) && (missing0 = "wabaId"))) || (((data.registrationStatus === undefined) || (!(func0.call(data, "registrationStatus")))) && (missing0 = "registrationStatus"))) || (((data.linkDate === undefined) || (!(func0.call(data, "linkDate")))) && (missing0 = "linkDate"))) || (((data.wabaName === undefined) || (!(func0.call(data, "wabaName")))) && (missing0 = "wabaName"))) || (((data.eventDestinations === undefined) || (!(func0.call(data, "eventDestinations")))) && (missing0 = "eventDestinations"))) || (((data.phoneNumbers === undefined) || (!(func0.call(data, "phoneNumbers")))) && (missing0 = "phoneNumbers"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(func0.call(schema58.properties, key0))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.arn !== undefined && func0.call(data, "arn")) {
            let data0 = data.arn;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && ((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048)))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048))))) && (!((data0.length < 256 ? pattern30.test(data0) : func81(obj7, data0))))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== undefined && func0.call(data, "id")) {
              let data1 = data.id;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern1.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.wabaId !== undefined && func0.call(data, "wabaId")) {
                let data2 = data.wabaId;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.registrationStatus !== undefined && func0.call(data, "registrationStatus")) {
                  let data3 = data.registrationStatus;
                  const _errs4 = errors;
                  if (!(typeof data3 == "string")) {
                    return false;
                  } else {
                    if (typeof data3 == "string" && !obj2.has(data3)) {
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.linkDate !== undefined && func0.call(data, "linkDate")) {
                    let data4 = data.linkDate;
                    const _errs5 = errors;
                    if (!(data4 instanceof Date && !isNaN(data4.getTime()))) {
                      return false;
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.wabaName !== undefined && func0.call(data, "wabaName")) {
                      let data5 = data.wabaName;
                      const _errs6 = errors;
                      if (!(typeof data5 == "string")) {
                        return false;
                      } else {
                        if ((typeof data5 == "string") && ((data5.length > 200 && (data5.length > 400 || func48(data5) > 200)))) {
                          return false;
                        }
                      }
                      var valid0 = _errs6 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.eventDestinations !== undefined && func0.call(data, "eventDestinations")) {
                        let data6 = data.eventDestinations;
                        const _errs7 = errors;
                        if (!(Array.isArray(data6))) {
                          return false;
                        } else {
                          if ((Array.isArray(data6)) && ((data6.length > 1) || (data6.length < 0))) {
                            return false;
                          }
                        }
                        if (errors === _errs7) {
                          if (Array.isArray(data6)) {
                            var valid1 = true;
                            const len0 = data6.length;
                            for (let i0=0; i0<len0; i0++) {
                              let data7 = data6[i0];
                              const _errs8 = errors;
                              if (!(typeof data7 == "object" && data7 !== null && !Array.isArray(data7) && !(data7 instanceof Date) && !(data7 instanceof Uint8Array))) {
                                return false;
                              }
                              if (errors === _errs8) {
                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                  let missing1;
                                  if (((data7.eventDestinationArn === undefined) || (!(func0.call(data7, "eventDestinationArn")))) && (missing1 = "eventDestinationArn")) {
                                    return false;
                                  } else {
                                    const _errs9 = errors;
                                    for (const key1 of Object.keys(data7)) {
                                      if (!((key1 === "eventDestinationArn") || (key1 === "roleArn"))) {
                                        return false;
                                      }
                                    }
                                    if (_errs9 === errors) {
                                      if (data7.eventDestinationArn !== undefined && func0.call(data7, "eventDestinationArn")) {
                                        let data8 = data7.eventDestinationArn;
                                        const _errs10 = errors;
                                        if (!(typeof data8 == "string")) {
                                          return false;
                                        } else {
                                          if ((typeof data8 == "string") && ((data8.length > 2048 && (data8.length > 4096 || func48(data8) > 2048)))) {
                                            return false;
                                          } else {
                                            if (((typeof data8 == "string") && (!((data8.length > 2048 && (data8.length > 4096 || func48(data8) > 2048))))) && (!((data8.length < 256 ? pattern2.test(data8) : func81(obj0, data8))))) {
                                              return false;
                                            }
                                          }
                                        }
                                        var valid2 = _errs10 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data7.roleArn !== undefined && func0.call(data7, "roleArn")) {
                                          let data9 = data7.roleArn;
                                          const _errs11 = errors;
                                          if (!(typeof data9 == "string")) {
                                            return false;
                                          } else {
                                            if (((typeof data9 == "string") && (true)) && (!((data9.length < 256 ? pattern3.test(data9) : func81(obj1, data9))))) {
                                              return false;
                                            }
                                          }
                                          var valid2 = _errs11 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                              var valid1 = _errs8 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          }
                        }
                        var valid0 = _errs7 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.marketingMessagesOnboardingStatus !== undefined && func0.call(data, "marketingMessagesOnboardingStatus")) {
                          let data10 = data.marketingMessagesOnboardingStatus;
                          const _errs12 = errors;
                          if (!(typeof data10 == "string")) {
                            return false;
                          } else {
                            if ((typeof data10 == "string") && ((data10.length > 100 && (data10.length > 200 || func48(data10) > 100)))) {
                              return false;
                            }
                          }
                          var valid0 = _errs12 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
                            let data11 = data.datasetId;
                            const _errs13 = errors;
                            if (!(typeof data11 == "string")) {
                              return false;
                            } else {
                              if ((typeof data11 == "string") && (((data11.length > 20 && (data11.length > 40 || func48(data11) > 20))) || ((data11.length < 20 && (data11.length < 10 || func48(data11) < 10))))) {
                                return false;
                              } else {
                                if (((typeof data11 == "string") && (!(((data11.length > 20 && (data11.length > 40 || func48(data11) > 20))) || ((data11.length < 20 && (data11.length < 10 || func48(data11) < 10)))))) && (!(pattern10.test(data11)))) {
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs13 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.phoneNumbers !== undefined && func0.call(data, "phoneNumbers")) {
                              let data12 = data.phoneNumbers;
                              const _errs14 = errors;
                              if (!(Array.isArray(data12))) {
                                return false;
                              }
                              if (errors === _errs14) {
                                if (Array.isArray(data12)) {
                                  var valid3 = true;
                                  const len1 = data12.length;
                                  for (let i1=0; i1<len1; i1++) {
                                    let data13 = data12[i1];
                                    const _errs15 = errors;
                                    if (!(typeof data13 == "object" && data13 !== null && !Array.isArray(data13) && !(data13 instanceof Date) && !(data13 instanceof Uint8Array))) {
                                      return false;
                                    }
                                    if (errors === _errs15) {
                                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                        let missing2;
                                        if (((((((((data13.arn === undefined) || (!(func0.call(data13, "arn")))) && (missing2 = "arn")) || (((data13.phoneNumber === undefined) || (!(func0.call(data13, "phoneNumber")))) && (missing2 = "phoneNumber"))) || (((data13.phoneNumberId === undefined) || (!(func0.call(data13, "phoneNumberId")))) && (missing2 = "phoneNumberId"))) || (((data13.metaPhoneNumberId === undefined) || (!(func0.call(data13, "metaPhoneNumberId")))) && (missing2 = "metaPhoneNumberId"))) || (((data13.displayPhoneNumberName === undefined) || (!(func0.call(data13, "displayPhoneNumberName")))) && (missing2 = "displayPhoneNumberName"))) || (((data13.displayPhoneNumber === undefined) || (!(func0.call(data13, "displayPhoneNumber")))) && (missing2 = "displayPhoneNumber"))) || (((data13.qualityRating === undefined) || (!(func0.call(data13, "qualityRating")))) && (missing2 = "qualityRating"))) {
                                          return false;
                                        } else {
                                          const _errs16 = errors;
                                          for (const key2 of Object.keys(data13)) {
                                            if (!((((((((key2 === "arn") || (key2 === "phoneNumber")) || (key2 === "phoneNumberId")) || (key2 === "metaPhoneNumberId")) || (key2 === "displayPhoneNumberName")) || (key2 === "displayPhoneNumber")) || (key2 === "qualityRating")) || (key2 === "dataLocalizationRegion"))) {
                                              return false;
                                            }
                                          }
                                          if (_errs16 === errors) {
                                            if (data13.arn !== undefined && func0.call(data13, "arn")) {
                                              let data14 = data13.arn;
                                              const _errs17 = errors;
                                              if (!(typeof data14 == "string")) {
                                                return false;
                                              } else {
                                                if ((typeof data14 == "string") && ((data14.length > 2048 && (data14.length > 4096 || func48(data14) > 2048)))) {
                                                  return false;
                                                } else {
                                                  if (((typeof data14 == "string") && (!((data14.length > 2048 && (data14.length > 4096 || func48(data14) > 2048))))) && (!((data14.length < 256 ? pattern4.test(data14) : func81(obj3, data14))))) {
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid4 = _errs17 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data13.phoneNumber !== undefined && func0.call(data13, "phoneNumber")) {
                                                let data15 = data13.phoneNumber;
                                                const _errs18 = errors;
                                                if (!(typeof data15 == "string")) {
                                                  return false;
                                                } else {
                                                  if ((typeof data15 == "string") && (((data15.length > 20 && (data15.length > 40 || func48(data15) > 20))) || ((data15.length < 2 && (data15.length < 1 || func48(data15) < 1))))) {
                                                    return false;
                                                  }
                                                }
                                                var valid4 = _errs18 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data13.phoneNumberId !== undefined && func0.call(data13, "phoneNumberId")) {
                                                  let data16 = data13.phoneNumberId;
                                                  const _errs19 = errors;
                                                  if (!(typeof data16 == "string")) {
                                                    return false;
                                                  } else {
                                                    if ((typeof data16 == "string") && (((data16.length > 115 && (data16.length > 230 || func48(data16) > 115))) || ((data16.length < 2 && (data16.length < 1 || func48(data16) < 1))))) {
                                                      return false;
                                                    } else {
                                                      if (((typeof data16 == "string") && (!(((data16.length > 115 && (data16.length > 230 || func48(data16) > 115))) || ((data16.length < 2 && (data16.length < 1 || func48(data16) < 1)))))) && (!(pattern5.test(data16)))) {
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid4 = _errs19 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data13.metaPhoneNumberId !== undefined && func0.call(data13, "metaPhoneNumberId")) {
                                                    let data17 = data13.metaPhoneNumberId;
                                                    const _errs20 = errors;
                                                    if (!(typeof data17 == "string")) {
                                                      return false;
                                                    } else {
                                                      if ((typeof data17 == "string") && (((data17.length > 100 && (data17.length > 200 || func48(data17) > 100))) || ((data17.length < 2 && (data17.length < 1 || func48(data17) < 1))))) {
                                                        return false;
                                                      }
                                                    }
                                                    var valid4 = _errs20 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data13.displayPhoneNumberName !== undefined && func0.call(data13, "displayPhoneNumberName")) {
                                                      let data18 = data13.displayPhoneNumberName;
                                                      const _errs21 = errors;
                                                      if (!(typeof data18 == "string")) {
                                                        return false;
                                                      } else {
                                                        if ((typeof data18 == "string") && ((data18.length > 200 && (data18.length > 400 || func48(data18) > 200)))) {
                                                          return false;
                                                        }
                                                      }
                                                      var valid4 = _errs21 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                    if (valid4) {
                                                      if (data13.displayPhoneNumber !== undefined && func0.call(data13, "displayPhoneNumber")) {
                                                        let data19 = data13.displayPhoneNumber;
                                                        const _errs22 = errors;
                                                        if (!(typeof data19 == "string")) {
                                                          return false;
                                                        } else {
                                                          if ((typeof data19 == "string") && ((data19.length > 20 && (data19.length > 40 || func48(data19) > 20)))) {
                                                            return false;
                                                          }
                                                        }
                                                        var valid4 = _errs22 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                      if (valid4) {
                                                        if (data13.qualityRating !== undefined && func0.call(data13, "qualityRating")) {
                                                          let data20 = data13.qualityRating;
                                                          const _errs23 = errors;
                                                          if (!(typeof data20 == "string")) {
                                                            return false;
                                                          } else {
                                                            if ((typeof data20 == "string") && ((data20.length > 10 && (data20.length > 20 || func48(data20) > 10)))) {
                                                              return false;
                                                            }
                                                          }
                                                          var valid4 = _errs23 === errors;
                                                        } else {
                                                          var valid4 = true;
                                                        }
                                                        if (valid4) {
                                                          if (data13.dataLocalizationRegion !== undefined && func0.call(data13, "dataLocalizationRegion")) {
                                                            let data21 = data13.dataLocalizationRegion;
                                                            const _errs24 = errors;
                                                            if (!(typeof data21 == "string")) {
                                                              return false;
                                                            } else {
                                                              if (((typeof data21 == "string") && (true)) && (!(pattern0.test(data21)))) {
                                                                return false;
                                                              }
                                                            }
                                                            var valid4 = _errs24 === errors;
                                                          } else {
                                                            var valid4 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                    var valid3 = _errs15 === errors;
                                    if (!valid3) {
                                      break;
                                    }
                                  }
                                }
                              }
                              var valid0 = _errs14 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
function validate98(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "account")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.account !== undefined && func0.call(data, "account")) {
          if (!(validate99(data.account))) {
            errors++;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetLinkedWhatsAppBusinessAccountPhoneNumberInput = validate103;
function validate103(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "id")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern5.test(data0)))) {
                  return false;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetLinkedWhatsAppBusinessAccountPhoneNumberOutput = validate106;
function validate106(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "phoneNumber") || (key0 === "linkedWhatsAppBusinessAccountId"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.phoneNumber !== undefined && func0.call(data, "phoneNumber")) {
          let data0 = data.phoneNumber;
          const _errs1 = errors;
          if (!(typeof data0 == "object" && data0 !== null && !Array.isArray(data0) && !(data0 instanceof Date) && !(data0 instanceof Uint8Array))) {
            return false;
          }
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing0;
              if (((((((((data0.arn === undefined) || (!(func0.call(data0, "arn")))) && (missing0 = "arn")) || (((data0.phoneNumber === undefined) || (!(func0.call(data0, "phoneNumber")))) && (missing0 = "phoneNumber"))) || (((data0.phoneNumberId === undefined) || (!(func0.call(data0, "phoneNumberId")))) && (missing0 = "phoneNumberId"))) || (((data0.metaPhoneNumberId === undefined) || (!(func0.call(data0, "metaPhoneNumberId")))) && (missing0 = "metaPhoneNumberId"))) || (((data0.displayPhoneNumberName === undefined) || (!(func0.call(data0, "displayPhoneNumberName")))) && (missing0 = "displayPhoneNumberName"))) || (((data0.displayPhoneNumber === undefined) || (!(func0.call(data0, "displayPhoneNumber")))) && (missing0 = "displayPhoneNumber"))) || (((data0.qualityRating === undefined) || (!(func0.call(data0, "qualityRating")))) && (missing0 = "qualityRating"))) {
                return false;
              } else {
                const _errs2 = errors;
                for (const key1 of Object.keys(data0)) {
                  if (!((((((((key1 === "arn") || (key1 === "phoneNumber")) || (key1 === "phoneNumberId")) || (key1 === "metaPhoneNumberId")) || (key1 === "displayPhoneNumberName")) || (key1 === "displayPhoneNumber")) || (key1 === "qualityRating")) || (key1 === "dataLocalizationRegion"))) {
                    return false;
                  }
                }
                if (_errs2 === errors) {
                  if (data0.arn !== undefined && func0.call(data0, "arn")) {
                    let data1 = data0.arn;
                    const _errs3 = errors;
                    if (!(typeof data1 == "string")) {
                      return false;
                    } else {
                      if ((typeof data1 == "string") && ((data1.length > 2048 && (data1.length > 4096 || func48(data1) > 2048)))) {
                        return false;
                      } else {
                        if (((typeof data1 == "string") && (!((data1.length > 2048 && (data1.length > 4096 || func48(data1) > 2048))))) && (!((data1.length < 256 ? pattern4.test(data1) : func81(obj3, data1))))) {
                          return false;
                        }
                      }
                    }
                    var valid1 = _errs3 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data0.phoneNumber !== undefined && func0.call(data0, "phoneNumber")) {
                      let data2 = data0.phoneNumber;
                      const _errs4 = errors;
                      if (!(typeof data2 == "string")) {
                        return false;
                      } else {
                        if ((typeof data2 == "string") && (((data2.length > 20 && (data2.length > 40 || func48(data2) > 20))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                          return false;
                        }
                      }
                      var valid1 = _errs4 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data0.phoneNumberId !== undefined && func0.call(data0, "phoneNumberId")) {
                        let data3 = data0.phoneNumberId;
                        const _errs5 = errors;
                        if (!(typeof data3 == "string")) {
                          return false;
                        } else {
                          if ((typeof data3 == "string") && (((data3.length > 115 && (data3.length > 230 || func48(data3) > 115))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                            return false;
                          } else {
                            if (((typeof data3 == "string") && (!(((data3.length > 115 && (data3.length > 230 || func48(data3) > 115))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1)))))) && (!(pattern5.test(data3)))) {
                              return false;
                            }
                          }
                        }
                        var valid1 = _errs5 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data0.metaPhoneNumberId !== undefined && func0.call(data0, "metaPhoneNumberId")) {
                          let data4 = data0.metaPhoneNumberId;
                          const _errs6 = errors;
                          if (!(typeof data4 == "string")) {
                            return false;
                          } else {
                            if ((typeof data4 == "string") && (((data4.length > 100 && (data4.length > 200 || func48(data4) > 100))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                              return false;
                            }
                          }
                          var valid1 = _errs6 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data0.displayPhoneNumberName !== undefined && func0.call(data0, "displayPhoneNumberName")) {
                            let data5 = data0.displayPhoneNumberName;
                            const _errs7 = errors;
                            if (!(typeof data5 == "string")) {
                              return false;
                            } else {
                              if ((typeof data5 == "string") && ((data5.length > 200 && (data5.length > 400 || func48(data5) > 200)))) {
                                return false;
                              }
                            }
                            var valid1 = _errs7 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data0.displayPhoneNumber !== undefined && func0.call(data0, "displayPhoneNumber")) {
                              let data6 = data0.displayPhoneNumber;
                              const _errs8 = errors;
                              if (!(typeof data6 == "string")) {
                                return false;
                              } else {
                                if ((typeof data6 == "string") && ((data6.length > 20 && (data6.length > 40 || func48(data6) > 20)))) {
                                  return false;
                                }
                              }
                              var valid1 = _errs8 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data0.qualityRating !== undefined && func0.call(data0, "qualityRating")) {
                                let data7 = data0.qualityRating;
                                const _errs9 = errors;
                                if (!(typeof data7 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data7 == "string") && ((data7.length > 10 && (data7.length > 20 || func48(data7) > 10)))) {
                                    return false;
                                  }
                                }
                                var valid1 = _errs9 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data0.dataLocalizationRegion !== undefined && func0.call(data0, "dataLocalizationRegion")) {
                                  let data8 = data0.dataLocalizationRegion;
                                  const _errs10 = errors;
                                  if (!(typeof data8 == "string")) {
                                    return false;
                                  } else {
                                    if (((typeof data8 == "string") && (true)) && (!(pattern0.test(data8)))) {
                                      return false;
                                    }
                                  }
                                  var valid1 = _errs10 === errors;
                                } else {
                                  var valid1 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.linkedWhatsAppBusinessAccountId !== undefined && func0.call(data, "linkedWhatsAppBusinessAccountId")) {
            let data9 = data.linkedWhatsAppBusinessAccountId;
            const _errs11 = errors;
            if (!(typeof data9 == "string")) {
              return false;
            } else {
              if ((typeof data9 == "string") && (((data9.length > 115 && (data9.length > 230 || func48(data9) > 115))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1))))) {
                return false;
              } else {
                if (((typeof data9 == "string") && (!(((data9.length > 115 && (data9.length > 230 || func48(data9) > 115))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1)))))) && (!(pattern1.test(data9)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs11 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppFlowInput = validate109;
function validate109(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "id") || (key0 === "flowId"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppFlowOutput = validate112;
const schema66 = {"scType":"object","properties":{"flowId":{"scType":"string","scLength":{"min":1,"max":100},"scPattern":{"pattern":"[0-9]+","length":{"min":1,"max":100}}},"flowName":{"scType":"string","scLength":{"min":1,"max":200}},"flowStatus":{"scType":"string","scLength":{"min":1,"max":20}},"categories":{"scType":"array","scCount":{"min":1,"max":9,"unit":"items"},"items":{"scType":"string","scEnum":["SIGN_UP","SIGN_IN","APPOINTMENT_BOOKING","LEAD_GENERATION","SHOPPING","CONTACT_US","CUSTOMER_SUPPORT","SURVEY","OTHER"]}},"validationErrors":{"scType":"array","items":{"scType":"string","scLength":{"min":0,"max":1048576}}},"jsonVersion":{"scType":"string","scLength":{"min":1,"max":10}},"dataApiVersion":{"scType":"string","scLength":{"min":1,"max":10}},"endpointUri":{"scType":"string","scLength":{"min":1,"max":2048}},"preview":{"scType":"object","properties":{"previewUrl":{"scType":"string","scLength":{"min":1,"max":2048}},"expiresAt":{"scType":"string","scLength":{"min":1,"max":50}}},"additionalProperties":false,"required":["previewUrl","expiresAt"]},"whatsAppBusinessAccount":{"scType":"object","properties":{"id":{"scType":"string","scLength":{"min":1,"max":100}},"name":{"scType":"string","scLength":{"min":0,"max":200}},"currency":{"scType":"string","scLength":{"min":1,"max":10}},"timezoneId":{"scType":"string","scLength":{"min":1,"max":10}},"messageTemplateNamespace":{"scType":"string","scLength":{"min":1,"max":200}}},"additionalProperties":false,"required":["id","name"]},"application":{"scType":"object","properties":{"link":{"scType":"string","scLength":{"min":1,"max":2048}},"name":{"scType":"string","scLength":{"min":1,"max":200}},"id":{"scType":"string","scLength":{"min":1,"max":100}}},"additionalProperties":false,"required":["name","id"]},"healthStatus":{"scType":"object","properties":{"canSendMessage":{"scType":"string","scLength":{"min":1,"max":50}},"entities":{"scType":"array","items":{"scType":"object","properties":{"entityType":{"scType":"string","scLength":{"min":1,"max":50}},"id":{"scType":"string"},"canSendMessage":{"scType":"string","scLength":{"min":1,"max":50}}},"additionalProperties":false,"required":["entityType","id","canSendMessage"]}}},"additionalProperties":false,"required":["canSendMessage"]}},"additionalProperties":false,"required":["flowId","flowName","flowStatus"]};
function validate112(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId")) || (((data.flowName === undefined) || (!(func0.call(data, "flowName")))) && (missing0 = "flowName"))) || (((data.flowStatus === undefined) || (!(func0.call(data, "flowStatus")))) && (missing0 = "flowStatus"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(func0.call(schema66.properties, key0))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.flowId !== undefined && func0.call(data, "flowId")) {
            let data0 = data.flowId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowName !== undefined && func0.call(data, "flowName")) {
              let data1 = data.flowName;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 200 && (data1.length > 400 || func48(data1) > 200))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.flowStatus !== undefined && func0.call(data, "flowStatus")) {
                let data2 = data.flowStatus;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 20 && (data2.length > 40 || func48(data2) > 20))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.categories !== undefined && func0.call(data, "categories")) {
                  let data3 = data.categories;
                  const _errs4 = errors;
                  if (!(Array.isArray(data3))) {
                    return false;
                  } else {
                    if ((Array.isArray(data3)) && ((data3.length > 9) || (data3.length < 1))) {
                      return false;
                    }
                  }
                  if (errors === _errs4) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0=0; i0<len0; i0++) {
                        let data4 = data3[i0];
                        const _errs5 = errors;
                        if (!(typeof data4 == "string")) {
                          return false;
                        } else {
                          if (typeof data4 == "string" && !obj4.has(data4)) {
                            return false;
                          }
                        }
                        var valid1 = _errs5 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
                    let data5 = data.validationErrors;
                    const _errs6 = errors;
                    if (!(Array.isArray(data5))) {
                      return false;
                    }
                    if (errors === _errs6) {
                      if (Array.isArray(data5)) {
                        var valid2 = true;
                        const len1 = data5.length;
                        for (let i1=0; i1<len1; i1++) {
                          let data6 = data5[i1];
                          const _errs7 = errors;
                          if (!(typeof data6 == "string")) {
                            return false;
                          } else {
                            if ((typeof data6 == "string") && ((data6.length > 1048576 && (data6.length > 2097152 || func48(data6) > 1048576)))) {
                              return false;
                            }
                          }
                          var valid2 = _errs7 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.jsonVersion !== undefined && func0.call(data, "jsonVersion")) {
                      let data7 = data.jsonVersion;
                      const _errs8 = errors;
                      if (!(typeof data7 == "string")) {
                        return false;
                      } else {
                        if ((typeof data7 == "string") && (((data7.length > 10 && (data7.length > 20 || func48(data7) > 10))) || ((data7.length < 2 && (data7.length < 1 || func48(data7) < 1))))) {
                          return false;
                        }
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.dataApiVersion !== undefined && func0.call(data, "dataApiVersion")) {
                        let data8 = data.dataApiVersion;
                        const _errs9 = errors;
                        if (!(typeof data8 == "string")) {
                          return false;
                        } else {
                          if ((typeof data8 == "string") && (((data8.length > 10 && (data8.length > 20 || func48(data8) > 10))) || ((data8.length < 2 && (data8.length < 1 || func48(data8) < 1))))) {
                            return false;
                          }
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.endpointUri !== undefined && func0.call(data, "endpointUri")) {
                          let data9 = data.endpointUri;
                          const _errs10 = errors;
                          if (!(typeof data9 == "string")) {
                            return false;
                          } else {
                            if ((typeof data9 == "string") && (((data9.length > 2048 && (data9.length > 4096 || func48(data9) > 2048))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1))))) {
                              return false;
                            }
                          }
                          var valid0 = _errs10 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.preview !== undefined && func0.call(data, "preview")) {
                            let data10 = data.preview;
                            const _errs11 = errors;
                            if (!(typeof data10 == "object" && data10 !== null && !Array.isArray(data10) && !(data10 instanceof Date) && !(data10 instanceof Uint8Array))) {
                              return false;
                            }
                            if (errors === _errs11) {
                              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                let missing1;
                                if ((((data10.previewUrl === undefined) || (!(func0.call(data10, "previewUrl")))) && (missing1 = "previewUrl")) || (((data10.expiresAt === undefined) || (!(func0.call(data10, "expiresAt")))) && (missing1 = "expiresAt"))) {
                                  return false;
                                } else {
                                  const _errs12 = errors;
                                  for (const key1 of Object.keys(data10)) {
                                    if (!((key1 === "previewUrl") || (key1 === "expiresAt"))) {
                                      return false;
                                    }
                                  }
                                  if (_errs12 === errors) {
                                    if (data10.previewUrl !== undefined && func0.call(data10, "previewUrl")) {
                                      let data11 = data10.previewUrl;
                                      const _errs13 = errors;
                                      if (!(typeof data11 == "string")) {
                                        return false;
                                      } else {
                                        if ((typeof data11 == "string") && (((data11.length > 2048 && (data11.length > 4096 || func48(data11) > 2048))) || ((data11.length < 2 && (data11.length < 1 || func48(data11) < 1))))) {
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs13 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data10.expiresAt !== undefined && func0.call(data10, "expiresAt")) {
                                        let data12 = data10.expiresAt;
                                        const _errs14 = errors;
                                        if (!(typeof data12 == "string")) {
                                          return false;
                                        } else {
                                          if ((typeof data12 == "string") && (((data12.length > 50 && (data12.length > 100 || func48(data12) > 50))) || ((data12.length < 2 && (data12.length < 1 || func48(data12) < 1))))) {
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs14 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                            var valid0 = _errs11 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.whatsAppBusinessAccount !== undefined && func0.call(data, "whatsAppBusinessAccount")) {
                              let data13 = data.whatsAppBusinessAccount;
                              const _errs15 = errors;
                              if (!(typeof data13 == "object" && data13 !== null && !Array.isArray(data13) && !(data13 instanceof Date) && !(data13 instanceof Uint8Array))) {
                                return false;
                              }
                              if (errors === _errs15) {
                                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                  let missing2;
                                  if ((((data13.id === undefined) || (!(func0.call(data13, "id")))) && (missing2 = "id")) || (((data13.name === undefined) || (!(func0.call(data13, "name")))) && (missing2 = "name"))) {
                                    return false;
                                  } else {
                                    const _errs16 = errors;
                                    for (const key2 of Object.keys(data13)) {
                                      if (!(((((key2 === "id") || (key2 === "name")) || (key2 === "currency")) || (key2 === "timezoneId")) || (key2 === "messageTemplateNamespace"))) {
                                        return false;
                                      }
                                    }
                                    if (_errs16 === errors) {
                                      if (data13.id !== undefined && func0.call(data13, "id")) {
                                        let data14 = data13.id;
                                        const _errs17 = errors;
                                        if (!(typeof data14 == "string")) {
                                          return false;
                                        } else {
                                          if ((typeof data14 == "string") && (((data14.length > 100 && (data14.length > 200 || func48(data14) > 100))) || ((data14.length < 2 && (data14.length < 1 || func48(data14) < 1))))) {
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs17 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data13.name !== undefined && func0.call(data13, "name")) {
                                          let data15 = data13.name;
                                          const _errs18 = errors;
                                          if (!(typeof data15 == "string")) {
                                            return false;
                                          } else {
                                            if ((typeof data15 == "string") && ((data15.length > 200 && (data15.length > 400 || func48(data15) > 200)))) {
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs18 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data13.currency !== undefined && func0.call(data13, "currency")) {
                                            let data16 = data13.currency;
                                            const _errs19 = errors;
                                            if (!(typeof data16 == "string")) {
                                              return false;
                                            } else {
                                              if ((typeof data16 == "string") && (((data16.length > 10 && (data16.length > 20 || func48(data16) > 10))) || ((data16.length < 2 && (data16.length < 1 || func48(data16) < 1))))) {
                                                return false;
                                              }
                                            }
                                            var valid4 = _errs19 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data13.timezoneId !== undefined && func0.call(data13, "timezoneId")) {
                                              let data17 = data13.timezoneId;
                                              const _errs20 = errors;
                                              if (!(typeof data17 == "string")) {
                                                return false;
                                              } else {
                                                if ((typeof data17 == "string") && (((data17.length > 10 && (data17.length > 20 || func48(data17) > 10))) || ((data17.length < 2 && (data17.length < 1 || func48(data17) < 1))))) {
                                                  return false;
                                                }
                                              }
                                              var valid4 = _errs20 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data13.messageTemplateNamespace !== undefined && func0.call(data13, "messageTemplateNamespace")) {
                                                let data18 = data13.messageTemplateNamespace;
                                                const _errs21 = errors;
                                                if (!(typeof data18 == "string")) {
                                                  return false;
                                                } else {
                                                  if ((typeof data18 == "string") && (((data18.length > 200 && (data18.length > 400 || func48(data18) > 200))) || ((data18.length < 2 && (data18.length < 1 || func48(data18) < 1))))) {
                                                    return false;
                                                  }
                                                }
                                                var valid4 = _errs21 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                              var valid0 = _errs15 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.application !== undefined && func0.call(data, "application")) {
                                let data19 = data.application;
                                const _errs22 = errors;
                                if (!(typeof data19 == "object" && data19 !== null && !Array.isArray(data19) && !(data19 instanceof Date) && !(data19 instanceof Uint8Array))) {
                                  return false;
                                }
                                if (errors === _errs22) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                    let missing3;
                                    if ((((data19.name === undefined) || (!(func0.call(data19, "name")))) && (missing3 = "name")) || (((data19.id === undefined) || (!(func0.call(data19, "id")))) && (missing3 = "id"))) {
                                      return false;
                                    } else {
                                      const _errs23 = errors;
                                      for (const key3 of Object.keys(data19)) {
                                        if (!(((key3 === "link") || (key3 === "name")) || (key3 === "id"))) {
                                          return false;
                                        }
                                      }
                                      if (_errs23 === errors) {
                                        if (data19.link !== undefined && func0.call(data19, "link")) {
                                          let data20 = data19.link;
                                          const _errs24 = errors;
                                          if (!(typeof data20 == "string")) {
                                            return false;
                                          } else {
                                            if ((typeof data20 == "string") && (((data20.length > 2048 && (data20.length > 4096 || func48(data20) > 2048))) || ((data20.length < 2 && (data20.length < 1 || func48(data20) < 1))))) {
                                              return false;
                                            }
                                          }
                                          var valid5 = _errs24 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data19.name !== undefined && func0.call(data19, "name")) {
                                            let data21 = data19.name;
                                            const _errs25 = errors;
                                            if (!(typeof data21 == "string")) {
                                              return false;
                                            } else {
                                              if ((typeof data21 == "string") && (((data21.length > 200 && (data21.length > 400 || func48(data21) > 200))) || ((data21.length < 2 && (data21.length < 1 || func48(data21) < 1))))) {
                                                return false;
                                              }
                                            }
                                            var valid5 = _errs25 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data19.id !== undefined && func0.call(data19, "id")) {
                                              let data22 = data19.id;
                                              const _errs26 = errors;
                                              if (!(typeof data22 == "string")) {
                                                return false;
                                              } else {
                                                if ((typeof data22 == "string") && (((data22.length > 100 && (data22.length > 200 || func48(data22) > 100))) || ((data22.length < 2 && (data22.length < 1 || func48(data22) < 1))))) {
                                                  return false;
                                                }
                                              }
                                              var valid5 = _errs26 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                                var valid0 = _errs22 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.healthStatus !== undefined && func0.call(data, "healthStatus")) {
                                  let data23 = data.healthStatus;
                                  const _errs27 = errors;
                                  if (!(typeof data23 == "object" && data23 !== null && !Array.isArray(data23) && !(data23 instanceof Date) && !(data23 instanceof Uint8Array))) {
                                    return false;
                                  }
                                  if (errors === _errs27) {
                                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                      let missing4;
                                      if (((data23.canSendMessage === undefined) || (!(func0.call(data23, "canSendMessage")))) && (missing4 = "canSendMessage")) {
                                        return false;
                                      } else {
                                        const _errs28 = errors;
                                        for (const key4 of Object.keys(data23)) {
                                          if (!((key4 === "canSendMessage") || (key4 === "entities"))) {
                                            return false;
                                          }
                                        }
                                        if (_errs28 === errors) {
                                          if (data23.canSendMessage !== undefined && func0.call(data23, "canSendMessage")) {
                                            let data24 = data23.canSendMessage;
                                            const _errs29 = errors;
                                            if (!(typeof data24 == "string")) {
                                              return false;
                                            } else {
                                              if ((typeof data24 == "string") && (((data24.length > 50 && (data24.length > 100 || func48(data24) > 50))) || ((data24.length < 2 && (data24.length < 1 || func48(data24) < 1))))) {
                                                return false;
                                              }
                                            }
                                            var valid6 = _errs29 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data23.entities !== undefined && func0.call(data23, "entities")) {
                                              let data25 = data23.entities;
                                              const _errs30 = errors;
                                              if (!(Array.isArray(data25))) {
                                                return false;
                                              }
                                              if (errors === _errs30) {
                                                if (Array.isArray(data25)) {
                                                  var valid7 = true;
                                                  const len2 = data25.length;
                                                  for (let i2=0; i2<len2; i2++) {
                                                    let data26 = data25[i2];
                                                    const _errs31 = errors;
                                                    if (!(typeof data26 == "object" && data26 !== null && !Array.isArray(data26) && !(data26 instanceof Date) && !(data26 instanceof Uint8Array))) {
                                                      return false;
                                                    }
                                                    if (errors === _errs31) {
                                                      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                        let missing5;
                                                        if (((((data26.entityType === undefined) || (!(func0.call(data26, "entityType")))) && (missing5 = "entityType")) || (((data26.id === undefined) || (!(func0.call(data26, "id")))) && (missing5 = "id"))) || (((data26.canSendMessage === undefined) || (!(func0.call(data26, "canSendMessage")))) && (missing5 = "canSendMessage"))) {
                                                          return false;
                                                        } else {
                                                          const _errs32 = errors;
                                                          for (const key5 of Object.keys(data26)) {
                                                            if (!(((key5 === "entityType") || (key5 === "id")) || (key5 === "canSendMessage"))) {
                                                              return false;
                                                            }
                                                          }
                                                          if (_errs32 === errors) {
                                                            if (data26.entityType !== undefined && func0.call(data26, "entityType")) {
                                                              let data27 = data26.entityType;
                                                              const _errs33 = errors;
                                                              if (!(typeof data27 == "string")) {
                                                                return false;
                                                              } else {
                                                                if ((typeof data27 == "string") && (((data27.length > 50 && (data27.length > 100 || func48(data27) > 50))) || ((data27.length < 2 && (data27.length < 1 || func48(data27) < 1))))) {
                                                                  return false;
                                                                }
                                                              }
                                                              var valid8 = _errs33 === errors;
                                                            } else {
                                                              var valid8 = true;
                                                            }
                                                            if (valid8) {
                                                              if (data26.id !== undefined && func0.call(data26, "id")) {
                                                                const _errs34 = errors;
                                                                if (!(typeof data26.id == "string")) {
                                                                  return false;
                                                                }
                                                                var valid8 = _errs34 === errors;
                                                              } else {
                                                                var valid8 = true;
                                                              }
                                                              if (valid8) {
                                                                if (data26.canSendMessage !== undefined && func0.call(data26, "canSendMessage")) {
                                                                  let data29 = data26.canSendMessage;
                                                                  const _errs35 = errors;
                                                                  if (!(typeof data29 == "string")) {
                                                                    return false;
                                                                  } else {
                                                                    if ((typeof data29 == "string") && (((data29.length > 50 && (data29.length > 100 || func48(data29) > 50))) || ((data29.length < 2 && (data29.length < 1 || func48(data29) < 1))))) {
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid8 = _errs35 === errors;
                                                                } else {
                                                                  var valid8 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                    var valid7 = _errs31 === errors;
                                                    if (!valid7) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              }
                                              var valid6 = _errs30 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                  var valid0 = _errs27 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppFlowPreviewInput = validate115;
function validate115(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "id") || (key0 === "flowId")) || (key0 === "invalidate"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.invalidate !== undefined && func0.call(data, "invalidate")) {
                const _errs3 = errors;
                if (!(typeof data.invalidate == "boolean")) {
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppFlowPreviewOutput = validate118;
function validate118(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId")) || (((data.preview === undefined) || (!(func0.call(data, "preview")))) && (missing0 = "preview"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "flowId") || (key0 === "preview"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.flowId !== undefined && func0.call(data, "flowId")) {
            let data0 = data.flowId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.preview !== undefined && func0.call(data, "preview")) {
              let data1 = data.preview;
              const _errs2 = errors;
              if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                return false;
              }
              if (errors === _errs2) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if ((((data1.previewUrl === undefined) || (!(func0.call(data1, "previewUrl")))) && (missing1 = "previewUrl")) || (((data1.expiresAt === undefined) || (!(func0.call(data1, "expiresAt")))) && (missing1 = "expiresAt"))) {
                    return false;
                  } else {
                    const _errs3 = errors;
                    for (const key1 of Object.keys(data1)) {
                      if (!((key1 === "previewUrl") || (key1 === "expiresAt"))) {
                        return false;
                      }
                    }
                    if (_errs3 === errors) {
                      if (data1.previewUrl !== undefined && func0.call(data1, "previewUrl")) {
                        let data2 = data1.previewUrl;
                        const _errs4 = errors;
                        if (!(typeof data2 == "string")) {
                          return false;
                        } else {
                          if ((typeof data2 == "string") && (((data2.length > 2048 && (data2.length > 4096 || func48(data2) > 2048))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                            return false;
                          }
                        }
                        var valid1 = _errs4 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.expiresAt !== undefined && func0.call(data1, "expiresAt")) {
                          let data3 = data1.expiresAt;
                          const _errs5 = errors;
                          if (!(typeof data3 == "string")) {
                            return false;
                          } else {
                            if ((typeof data3 == "string") && (((data3.length > 50 && (data3.length > 100 || func48(data3) > 50))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                              return false;
                            }
                          }
                          var valid1 = _errs5 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppMessageMediaInput = validate121;
const pattern51 = /* @__PURE__ */ new RegExp("https://(.*)s3(.*).amazonaws.com/(.*)", "u");
const obj14 = /* @__PURE__ */ Object.freeze({insts: [[4,32],[3],[1,3,1],[0,0,2],[0,1,2],[0,2,4],[0,3,5],[0,4,6],[0,0,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,3,12],[0,9,13],[0,7,14],[0,2,15],[0,7,16],[0,0,17],[1,20,18],[0,0,19],[0,10,19],[0,5,21],[1,24,22],[0,0,23],[0,1,23],[0,1,25],[0,11,26],[0,5,27],[0,12,28],[0,13,29],[0,13,30],[0,14,31]], classes: [{"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[47,47],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[99,99],"negated":false}, {"ranges":[115,115],"negated":false}, {"ranges":[119,119],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[122,122],"negated":false}, {"ranges":[51,51],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[112,112],"negated":false}, {"ranges":[116,116],"negated":false}, {"ranges":[104,104],"negated":false}]});
function validate121(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.mediaId === undefined) || (!(func0.call(data, "mediaId")))) && (missing0 = "mediaId")) || (((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) && (missing0 = "originationPhoneNumberId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((((key0 === "mediaId") || (key0 === "originationPhoneNumberId")) || (key0 === "metadataOnly")) || (key0 === "destinationS3PresignedUrl")) || (key0 === "destinationS3File"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.mediaId !== undefined && func0.call(data, "mediaId")) {
            let data0 = data.mediaId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern22.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
              let data1 = data.originationPhoneNumberId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern5.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.metadataOnly !== undefined && func0.call(data, "metadataOnly")) {
                const _errs3 = errors;
                if (!(typeof data.metadataOnly == "boolean")) {
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.destinationS3PresignedUrl !== undefined && func0.call(data, "destinationS3PresignedUrl")) {
                  let data3 = data.destinationS3PresignedUrl;
                  const _errs4 = errors;
                  if (!(typeof data3 == "object" && data3 !== null && !Array.isArray(data3) && !(data3 instanceof Date) && !(data3 instanceof Uint8Array))) {
                    return false;
                  }
                  if (errors === _errs4) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      let missing1;
                      if ((((data3.url === undefined) || (!(func0.call(data3, "url")))) && (missing1 = "url")) || (((data3.headers === undefined) || (!(func0.call(data3, "headers")))) && (missing1 = "headers"))) {
                        return false;
                      } else {
                        const _errs5 = errors;
                        for (const key1 of Object.keys(data3)) {
                          if (!((key1 === "url") || (key1 === "headers"))) {
                            return false;
                          }
                        }
                        if (_errs5 === errors) {
                          if (data3.url !== undefined && func0.call(data3, "url")) {
                            let data4 = data3.url;
                            const _errs6 = errors;
                            if (!(typeof data4 == "string")) {
                              return false;
                            } else {
                              if ((typeof data4 == "string") && (((data4.length > 2000 && (data4.length > 4000 || func48(data4) > 2000))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                                return false;
                              } else {
                                if (((typeof data4 == "string") && (!(((data4.length > 2000 && (data4.length > 4000 || func48(data4) > 2000))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1)))))) && (!((data4.length < 256 ? pattern51.test(data4) : func81(obj14, data4))))) {
                                  return false;
                                }
                              }
                            }
                            var valid1 = _errs6 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data3.headers !== undefined && func0.call(data3, "headers")) {
                              let data5 = data3.headers;
                              const _errs7 = errors;
                              if (!(typeof data5 == "object" && data5 !== null && !Array.isArray(data5) && !(data5 instanceof Date) && !(data5 instanceof Uint8Array))) {
                                return false;
                              }
                              if (errors === _errs7) {
                                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                                  for (const key2 of Object.keys(data5)) {
                                    const _errs8 = errors;
                                    if (!(typeof key2 == "string")) {
                                      errors++;
                                    }
                                    var valid2 = _errs8 === errors;
                                    if (!valid2) {
                                      errors++;
                                      return false;
                                    }
                                  }
                                  if (valid2) {
                                    for (const key3 of Object.keys(data5)) {
                                      const _errs10 = errors;
                                      if (!(typeof data5[key3] == "string")) {
                                        return false;
                                      }
                                      var valid3 = _errs10 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  }
                                }
                              }
                              var valid1 = _errs7 === errors;
                            } else {
                              var valid1 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.destinationS3File !== undefined && func0.call(data, "destinationS3File")) {
                    let data7 = data.destinationS3File;
                    const _errs11 = errors;
                    if (!(typeof data7 == "object" && data7 !== null && !Array.isArray(data7) && !(data7 instanceof Date) && !(data7 instanceof Uint8Array))) {
                      return false;
                    }
                    if (errors === _errs11) {
                      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        let missing2;
                        if ((((data7.bucketName === undefined) || (!(func0.call(data7, "bucketName")))) && (missing2 = "bucketName")) || (((data7.key === undefined) || (!(func0.call(data7, "key")))) && (missing2 = "key"))) {
                          return false;
                        } else {
                          const _errs12 = errors;
                          for (const key4 of Object.keys(data7)) {
                            if (!((key4 === "bucketName") || (key4 === "key"))) {
                              return false;
                            }
                          }
                          if (_errs12 === errors) {
                            if (data7.bucketName !== undefined && func0.call(data7, "bucketName")) {
                              let data8 = data7.bucketName;
                              const _errs13 = errors;
                              if (!(typeof data8 == "string")) {
                                return false;
                              } else {
                                if ((typeof data8 == "string") && (((data8.length > 63 && (data8.length > 126 || func48(data8) > 63))) || ((data8.length < 6 && (data8.length < 3 || func48(data8) < 3))))) {
                                  return false;
                                } else {
                                  if (((typeof data8 == "string") && (!(((data8.length > 63 && (data8.length > 126 || func48(data8) > 63))) || ((data8.length < 6 && (data8.length < 3 || func48(data8) < 3)))))) && (!(pattern19.test(data8)))) {
                                    return false;
                                  }
                                }
                              }
                              var valid4 = _errs13 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data7.key !== undefined && func0.call(data7, "key")) {
                                let data9 = data7.key;
                                const _errs14 = errors;
                                if (!(typeof data9 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data9 == "string") && ((data9.length > 1024 && (data9.length > 2048 || func48(data9) > 1024)))) {
                                    return false;
                                  }
                                }
                                var valid4 = _errs14 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppMessageMediaOutput = validate124;
function validate124(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "mimeType") || (key0 === "fileSize"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.mimeType !== undefined && func0.call(data, "mimeType")) {
          const _errs1 = errors;
          if (!(typeof data.mimeType == "string")) {
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.fileSize !== undefined && func0.call(data, "fileSize")) {
            let data1 = data.fileSize;
            const _errs2 = errors;
            if (!((typeof data1 == "number" && Number.isInteger(data1)) && (data1 >= -9223372036854776000 && data1 <= 9223372036854776000))) {
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppMessageTemplateInput = validate127;
function validate127(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((key0 === "metaTemplateId") || (key0 === "id")) || (key0 === "templateName")) || (key0 === "templateLanguageCode"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
            let data0 = data.metaTemplateId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern10.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.id !== undefined && func0.call(data, "id")) {
              let data1 = data.id;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 115 && (data1.length > 230 || func48(data1) > 115))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern1.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.templateName !== undefined && func0.call(data, "templateName")) {
                let data2 = data.templateName;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 512 && (data2.length > 1024 || func48(data2) > 512))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.templateLanguageCode !== undefined && func0.call(data, "templateLanguageCode")) {
                  let data3 = data.templateLanguageCode;
                  const _errs4 = errors;
                  if (!(typeof data3 == "string")) {
                    return false;
                  } else {
                    if ((typeof data3 == "string") && (((data3.length > 6 && (data3.length > 12 || func48(data3) > 6))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkGetWhatsAppMessageTemplateOutput = validate130;
function validate130(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "template")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.template !== undefined && func0.call(data, "template")) {
          let data0 = data.template;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 6000 && (data0.length > 12000 || func48(data0) > 6000))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListLinkedWhatsAppBusinessAccountsInput = validate133;
function validate133(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "nextToken") || (key0 === "maxResults"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
          let data0 = data.nextToken;
          const _errs1 = errors;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 600 && (data0.length > 1200 || func48(data0) > 600))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
            let data1 = data.maxResults;
            const _errs2 = errors;
            if (!((typeof data1 == "number" && Number.isInteger(data1)) && (data1 >= -2147483648 && data1 <= 2147483647))) {
              return false;
            } else {
              if (((typeof data1 == "number" && Number.isInteger(data1)) && (data1 >= -2147483648 && data1 <= 2147483647)) && (!((data1 >= 1) && (data1 <= 100)))) {
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListLinkedWhatsAppBusinessAccountsOutput = validate136;
const schema82 = {"scType":"object","properties":{"linkedAccounts":{"scType":"array","items":{"scType":"object","properties":{"arn":{"scType":"string","scLength":{"min":0,"max":2048},"scPattern":{"pattern":"arn:.*:waba/[0-9a-zA-Z]+","length":{"min":0,"max":2048},"linear":{"insts":[[4,16],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,2,7],[0,4,8],[0,5,9],[1,12,10],[0,6,11],[0,5,11],[0,7,13],[0,8,14],[0,2,15]],"classes":[{"ranges":[48,57,97,122,65,90],"negated":false},{"ranges":[47,47],"negated":false},{"ranges":[97,97],"negated":false},{"ranges":[98,98],"negated":false},{"ranges":[119,119],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[110,110],"negated":false},{"ranges":[114,114],"negated":false}]},"nativeBelow":256}},"id":{"scType":"string","scLength":{"min":1,"max":115},"scPattern":{"pattern":".*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*","length":{"min":1,"max":115}}},"wabaId":{"scType":"string","scLength":{"min":1,"max":100}},"registrationStatus":{"scType":"string","scEnum":["COMPLETE","INCOMPLETE"]},"linkDate":{"scType":"date"},"wabaName":{"scType":"string","scLength":{"min":0,"max":200}},"eventDestinations":{"scType":"array","scCount":{"min":0,"max":1,"unit":"items"},"items":{"scType":"object","properties":{"eventDestinationArn":{"scType":"string","scLength":{"min":0,"max":2048},"scPattern":{"pattern":"arn:.*:[a-z-]+([/:](.*))?","length":{"min":0,"max":2048},"linear":{"insts":[[4,15],[3],[1,3,1],[0,0,2],[0,1,2],[1,4,1],[1,7,5],[0,2,6],[0,2,6],[0,3,8],[1,11,9],[0,0,10],[0,3,10],[0,4,12],[0,5,13],[0,6,14]],"classes":[{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[47,47,58,58],"negated":false},{"ranges":[97,122,45,45],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[110,110],"negated":false},{"ranges":[114,114],"negated":false},{"ranges":[97,97],"negated":false}]},"nativeBelow":256}},"roleArn":{"scType":"string","scPattern":{"pattern":"arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+","linear":{"insts":[[4,34],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,7,11],[0,7,12],[0,7,13],[0,7,14],[0,7,15],[0,7,16],[0,7,17],[0,7,18],[0,7,19],[0,7,20],[0,7,21],[0,6,22],[0,6,23],[0,8,24],[0,9,25],[0,10,26],[0,6,27],[1,30,28],[0,11,29],[0,6,29],[0,12,31],[0,5,32],[0,9,33]],"classes":[{"ranges":[97,122,65,90,48,57,43,43,61,61,44,44,46,46,64,64,45,45,95,95],"negated":false},{"ranges":[47,47],"negated":false},{"ranges":[101,101],"negated":false},{"ranges":[108,108],"negated":false},{"ranges":[111,111],"negated":false},{"ranges":[114,114],"negated":false},{"ranges":[58,58],"negated":false},{"ranges":[48,57],"negated":false},{"ranges":[109,109],"negated":false},{"ranges":[97,97],"negated":false},{"ranges":[105,105],"negated":false},{"ranges":[10,10,13,13,8232,8233],"negated":true},{"ranges":[110,110],"negated":false}]},"nativeBelow":256}}},"additionalProperties":false,"required":["eventDestinationArn"]}},"marketingMessagesOnboardingStatus":{"scType":"string","scLength":{"min":0,"max":100}},"datasetId":{"scType":"string","scLength":{"min":10,"max":20},"scPattern":{"pattern":"[0-9]+","length":{"min":10,"max":20}}}},"additionalProperties":false,"required":["arn","id","wabaId","registrationStatus","linkDate","wabaName","eventDestinations"]}},"nextToken":{"scType":"string","scLength":{"min":1,"max":600}}},"additionalProperties":false};
function validate136(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "linkedAccounts") || (key0 === "nextToken"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.linkedAccounts !== undefined && func0.call(data, "linkedAccounts")) {
          let data0 = data.linkedAccounts;
          const _errs1 = errors;
          if (!(Array.isArray(data0))) {
            return false;
          }
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0=0; i0<len0; i0++) {
                let data1 = data0[i0];
                const _errs2 = errors;
                if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                  return false;
                }
                if (errors === _errs2) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing0;
                    if (((((((((data1.arn === undefined) || (!(func0.call(data1, "arn")))) && (missing0 = "arn")) || (((data1.id === undefined) || (!(func0.call(data1, "id")))) && (missing0 = "id"))) || (((data1.wabaId === undefined) || (!(func0.call(data1, "wabaId")))) && (missing0 = "wabaId"))) || (((data1.registrationStatus === undefined) || (!(func0.call(data1, "registrationStatus")))) && (missing0 = "registrationStatus"))) || (((data1.linkDate === undefined) || (!(func0.call(data1, "linkDate")))) && (missing0 = "linkDate"))) || (((data1.wabaName === undefined) || (!(func0.call(data1, "wabaName")))) && (missing0 = "wabaName"))) || (((data1.eventDestinations === undefined) || (!(func0.call(data1, "eventDestinations")))) && (missing0 = "eventDestinations"))) {
                      return false;
                    } else {
                      const _errs3 = errors;
                      for (const key1 of Object.keys(data1)) {
                        if (!(func0.call(schema82.properties.linkedAccounts.items.properties, key1))) {
                          return false;
                        }
                      }
                      if (_errs3 === errors) {
                        if (data1.arn !== undefined && func0.call(data1, "arn")) {
                          let data2 = data1.arn;
                          const _errs4 = errors;
                          if (!(typeof data2 == "string")) {
                            return false;
                          } else {
                            if ((typeof data2 == "string") && ((data2.length > 2048 && (data2.length > 4096 || func48(data2) > 2048)))) {
                              return false;
                            } else {
                              if (((typeof data2 == "string") && (!((data2.length > 2048 && (data2.length > 4096 || func48(data2) > 2048))))) && (!((data2.length < 256 ? pattern30.test(data2) : func81(obj7, data2))))) {
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs4 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.id !== undefined && func0.call(data1, "id")) {
                            let data3 = data1.id;
                            const _errs5 = errors;
                            if (!(typeof data3 == "string")) {
                              return false;
                            } else {
                              if ((typeof data3 == "string") && (((data3.length > 115 && (data3.length > 230 || func48(data3) > 115))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                                return false;
                              } else {
                                if (((typeof data3 == "string") && (!(((data3.length > 115 && (data3.length > 230 || func48(data3) > 115))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1)))))) && (!(pattern1.test(data3)))) {
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs5 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.wabaId !== undefined && func0.call(data1, "wabaId")) {
                              let data4 = data1.wabaId;
                              const _errs6 = errors;
                              if (!(typeof data4 == "string")) {
                                return false;
                              } else {
                                if ((typeof data4 == "string") && (((data4.length > 100 && (data4.length > 200 || func48(data4) > 100))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                                  return false;
                                }
                              }
                              var valid2 = _errs6 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.registrationStatus !== undefined && func0.call(data1, "registrationStatus")) {
                                let data5 = data1.registrationStatus;
                                const _errs7 = errors;
                                if (!(typeof data5 == "string")) {
                                  return false;
                                } else {
                                  if (typeof data5 == "string" && !obj2.has(data5)) {
                                    return false;
                                  }
                                }
                                var valid2 = _errs7 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data1.linkDate !== undefined && func0.call(data1, "linkDate")) {
                                  let data6 = data1.linkDate;
                                  const _errs8 = errors;
                                  if (!(data6 instanceof Date && !isNaN(data6.getTime()))) {
                                    return false;
                                  }
                                  var valid2 = _errs8 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data1.wabaName !== undefined && func0.call(data1, "wabaName")) {
                                    let data7 = data1.wabaName;
                                    const _errs9 = errors;
                                    if (!(typeof data7 == "string")) {
                                      return false;
                                    } else {
                                      if ((typeof data7 == "string") && ((data7.length > 200 && (data7.length > 400 || func48(data7) > 200)))) {
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs9 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data1.eventDestinations !== undefined && func0.call(data1, "eventDestinations")) {
                                      let data8 = data1.eventDestinations;
                                      const _errs10 = errors;
                                      if (!(Array.isArray(data8))) {
                                        return false;
                                      } else {
                                        if ((Array.isArray(data8)) && ((data8.length > 1) || (data8.length < 0))) {
                                          return false;
                                        }
                                      }
                                      if (errors === _errs10) {
                                        if (Array.isArray(data8)) {
                                          var valid3 = true;
                                          const len1 = data8.length;
                                          for (let i1=0; i1<len1; i1++) {
                                            let data9 = data8[i1];
                                            const _errs11 = errors;
                                            if (!(typeof data9 == "object" && data9 !== null && !Array.isArray(data9) && !(data9 instanceof Date) && !(data9 instanceof Uint8Array))) {
                                              return false;
                                            }
                                            if (errors === _errs11) {
                                              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                                let missing1;
                                                if (((data9.eventDestinationArn === undefined) || (!(func0.call(data9, "eventDestinationArn")))) && (missing1 = "eventDestinationArn")) {
                                                  return false;
                                                } else {
                                                  const _errs12 = errors;
                                                  for (const key2 of Object.keys(data9)) {
                                                    if (!((key2 === "eventDestinationArn") || (key2 === "roleArn"))) {
                                                      return false;
                                                    }
                                                  }
                                                  if (_errs12 === errors) {
                                                    if (data9.eventDestinationArn !== undefined && func0.call(data9, "eventDestinationArn")) {
                                                      let data10 = data9.eventDestinationArn;
                                                      const _errs13 = errors;
                                                      if (!(typeof data10 == "string")) {
                                                        return false;
                                                      } else {
                                                        if ((typeof data10 == "string") && ((data10.length > 2048 && (data10.length > 4096 || func48(data10) > 2048)))) {
                                                          return false;
                                                        } else {
                                                          if (((typeof data10 == "string") && (!((data10.length > 2048 && (data10.length > 4096 || func48(data10) > 2048))))) && (!((data10.length < 256 ? pattern2.test(data10) : func81(obj0, data10))))) {
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid4 = _errs13 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                    if (valid4) {
                                                      if (data9.roleArn !== undefined && func0.call(data9, "roleArn")) {
                                                        let data11 = data9.roleArn;
                                                        const _errs14 = errors;
                                                        if (!(typeof data11 == "string")) {
                                                          return false;
                                                        } else {
                                                          if (((typeof data11 == "string") && (true)) && (!((data11.length < 256 ? pattern3.test(data11) : func81(obj1, data11))))) {
                                                            return false;
                                                          }
                                                        }
                                                        var valid4 = _errs14 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                            var valid3 = _errs11 === errors;
                                            if (!valid3) {
                                              break;
                                            }
                                          }
                                        }
                                      }
                                      var valid2 = _errs10 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data1.marketingMessagesOnboardingStatus !== undefined && func0.call(data1, "marketingMessagesOnboardingStatus")) {
                                        let data12 = data1.marketingMessagesOnboardingStatus;
                                        const _errs15 = errors;
                                        if (!(typeof data12 == "string")) {
                                          return false;
                                        } else {
                                          if ((typeof data12 == "string") && ((data12.length > 100 && (data12.length > 200 || func48(data12) > 100)))) {
                                            return false;
                                          }
                                        }
                                        var valid2 = _errs15 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data1.datasetId !== undefined && func0.call(data1, "datasetId")) {
                                          let data13 = data1.datasetId;
                                          const _errs16 = errors;
                                          if (!(typeof data13 == "string")) {
                                            return false;
                                          } else {
                                            if ((typeof data13 == "string") && (((data13.length > 20 && (data13.length > 40 || func48(data13) > 20))) || ((data13.length < 20 && (data13.length < 10 || func48(data13) < 10))))) {
                                              return false;
                                            } else {
                                              if (((typeof data13 == "string") && (!(((data13.length > 20 && (data13.length > 40 || func48(data13) > 20))) || ((data13.length < 20 && (data13.length < 10 || func48(data13) < 10)))))) && (!(pattern10.test(data13)))) {
                                                return false;
                                              }
                                            }
                                          }
                                          var valid2 = _errs16 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                var valid1 = _errs2 === errors;
                if (!valid1) {
                  break;
                }
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
            let data14 = data.nextToken;
            const _errs17 = errors;
            if (!(typeof data14 == "string")) {
              return false;
            } else {
              if ((typeof data14 == "string") && (((data14.length > 600 && (data14.length > 1200 || func48(data14) > 600))) || ((data14.length < 2 && (data14.length < 1 || func48(data14) < 1))))) {
                return false;
              }
            }
            var valid0 = _errs17 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListTagsForResourceInput = validate139;
const pattern60 = /* @__PURE__ */ new RegExp("arn:.*", "u");
function validate139(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.resourceArn === undefined) || (!(func0.call(data, "resourceArn")))) && (missing0 = "resourceArn")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "resourceArn")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.resourceArn !== undefined && func0.call(data, "resourceArn")) {
            let data0 = data.resourceArn;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && ((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048)))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048))))) && (!(pattern60.test(data0)))) {
                  return false;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListTagsForResourceOutput = validate142;
function validate142(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "statusCode") || (key0 === "tags"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
          let data0 = data.statusCode;
          const _errs1 = errors;
          if (!((typeof data0 == "number" && Number.isInteger(data0)) && (data0 >= -2147483648 && data0 <= 2147483647))) {
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.tags !== undefined && func0.call(data, "tags")) {
            let data1 = data.tags;
            const _errs2 = errors;
            if (!(Array.isArray(data1))) {
              return false;
            }
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0=0; i0<len0; i0++) {
                  let data2 = data1[i0];
                  const _errs3 = errors;
                  if (!(typeof data2 == "object" && data2 !== null && !Array.isArray(data2) && !(data2 instanceof Date) && !(data2 instanceof Uint8Array))) {
                    return false;
                  }
                  if (errors === _errs3) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing0;
                      if (((data2.key === undefined) || (!(func0.call(data2, "key")))) && (missing0 = "key")) {
                        return false;
                      } else {
                        const _errs4 = errors;
                        for (const key1 of Object.keys(data2)) {
                          if (!((key1 === "key") || (key1 === "value"))) {
                            return false;
                          }
                        }
                        if (_errs4 === errors) {
                          if (data2.key !== undefined && func0.call(data2, "key")) {
                            let data3 = data2.key;
                            const _errs5 = errors;
                            if (!(typeof data3 == "string")) {
                              return false;
                            } else {
                              if ((typeof data3 == "string") && (((data3.length > 128 && (data3.length > 256 || func48(data3) > 128))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                                return false;
                              }
                            }
                            var valid2 = _errs5 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.value !== undefined && func0.call(data2, "value")) {
                              let data4 = data2.value;
                              const _errs6 = errors;
                              if (!(typeof data4 == "string")) {
                                return false;
                              } else {
                                if ((typeof data4 == "string") && ((data4.length > 256 && (data4.length > 512 || func48(data4) > 256)))) {
                                  return false;
                                }
                              }
                              var valid2 = _errs6 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppFlowAssetsInput = validate145;
function validate145(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((key0 === "id") || (key0 === "flowId")) || (key0 === "nextToken")) || (key0 === "maxResults"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
                let data2 = data.nextToken;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 600 && (data2.length > 1200 || func48(data2) > 600))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
                  let data3 = data.maxResults;
                  const _errs4 = errors;
                  if (!((typeof data3 == "number" && Number.isInteger(data3)) && (data3 >= -2147483648 && data3 <= 2147483647))) {
                    return false;
                  } else {
                    if (((typeof data3 == "number" && Number.isInteger(data3)) && (data3 >= -2147483648 && data3 <= 2147483647)) && (!((data3 >= 1) && (data3 <= 100)))) {
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppFlowAssetsOutput = validate148;
function validate148(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.flowAssets === undefined) || (!(func0.call(data, "flowAssets")))) && (missing0 = "flowAssets")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "flowAssets") || (key0 === "nextToken"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.flowAssets !== undefined && func0.call(data, "flowAssets")) {
            let data0 = data.flowAssets;
            const _errs1 = errors;
            if (!(Array.isArray(data0))) {
              return false;
            }
            if (errors === _errs1) {
              if (Array.isArray(data0)) {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0=0; i0<len0; i0++) {
                  let data1 = data0[i0];
                  const _errs2 = errors;
                  if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                    return false;
                  }
                  if (errors === _errs2) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing1;
                      if (((((data1.name === undefined) || (!(func0.call(data1, "name")))) && (missing1 = "name")) || (((data1.assetType === undefined) || (!(func0.call(data1, "assetType")))) && (missing1 = "assetType"))) || (((data1.downloadUrl === undefined) || (!(func0.call(data1, "downloadUrl")))) && (missing1 = "downloadUrl"))) {
                        return false;
                      } else {
                        const _errs3 = errors;
                        for (const key1 of Object.keys(data1)) {
                          if (!(((key1 === "name") || (key1 === "assetType")) || (key1 === "downloadUrl"))) {
                            return false;
                          }
                        }
                        if (_errs3 === errors) {
                          if (data1.name !== undefined && func0.call(data1, "name")) {
                            let data2 = data1.name;
                            const _errs4 = errors;
                            if (!(typeof data2 == "string")) {
                              return false;
                            } else {
                              if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                                return false;
                              }
                            }
                            var valid2 = _errs4 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.assetType !== undefined && func0.call(data1, "assetType")) {
                              let data3 = data1.assetType;
                              const _errs5 = errors;
                              if (!(typeof data3 == "string")) {
                                return false;
                              } else {
                                if ((typeof data3 == "string") && (((data3.length > 50 && (data3.length > 100 || func48(data3) > 50))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                                  return false;
                                }
                              }
                              var valid2 = _errs5 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.downloadUrl !== undefined && func0.call(data1, "downloadUrl")) {
                                let data4 = data1.downloadUrl;
                                const _errs6 = errors;
                                if (!(typeof data4 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data4 == "string") && (((data4.length > 2048 && (data4.length > 4096 || func48(data4) > 2048))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                                    return false;
                                  }
                                }
                                var valid2 = _errs6 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid1 = _errs2 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
              let data5 = data.nextToken;
              const _errs7 = errors;
              if (!(typeof data5 == "string")) {
                return false;
              } else {
                if ((typeof data5 == "string") && (((data5.length > 600 && (data5.length > 1200 || func48(data5) > 600))) || ((data5.length < 2 && (data5.length < 1 || func48(data5) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppFlowsInput = validate151;
function validate151(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "id") || (key0 === "nextToken")) || (key0 === "maxResults"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
              let data1 = data.nextToken;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 600 && (data1.length > 1200 || func48(data1) > 600))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
                let data2 = data.maxResults;
                const _errs3 = errors;
                if (!((typeof data2 == "number" && Number.isInteger(data2)) && (data2 >= -2147483648 && data2 <= 2147483647))) {
                  return false;
                } else {
                  if (((typeof data2 == "number" && Number.isInteger(data2)) && (data2 >= -2147483648 && data2 <= 2147483647)) && (!((data2 >= 1) && (data2 <= 100)))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppFlowsOutput = validate154;
function validate154(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.flows === undefined) || (!(func0.call(data, "flows")))) && (missing0 = "flows")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "flows") || (key0 === "nextToken"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.flows !== undefined && func0.call(data, "flows")) {
            let data0 = data.flows;
            const _errs1 = errors;
            if (!(Array.isArray(data0))) {
              return false;
            }
            if (errors === _errs1) {
              if (Array.isArray(data0)) {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0=0; i0<len0; i0++) {
                  let data1 = data0[i0];
                  const _errs2 = errors;
                  if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                    return false;
                  }
                  if (errors === _errs2) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing1;
                      if (((((((data1.flowId === undefined) || (!(func0.call(data1, "flowId")))) && (missing1 = "flowId")) || (((data1.flowName === undefined) || (!(func0.call(data1, "flowName")))) && (missing1 = "flowName"))) || (((data1.flowStatus === undefined) || (!(func0.call(data1, "flowStatus")))) && (missing1 = "flowStatus"))) || (((data1.flowCategories === undefined) || (!(func0.call(data1, "flowCategories")))) && (missing1 = "flowCategories"))) || (((data1.validationErrors === undefined) || (!(func0.call(data1, "validationErrors")))) && (missing1 = "validationErrors"))) {
                        return false;
                      } else {
                        const _errs3 = errors;
                        for (const key1 of Object.keys(data1)) {
                          if (!(((((key1 === "flowId") || (key1 === "flowName")) || (key1 === "flowStatus")) || (key1 === "flowCategories")) || (key1 === "validationErrors"))) {
                            return false;
                          }
                        }
                        if (_errs3 === errors) {
                          if (data1.flowId !== undefined && func0.call(data1, "flowId")) {
                            let data2 = data1.flowId;
                            const _errs4 = errors;
                            if (!(typeof data2 == "string")) {
                              return false;
                            } else {
                              if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                                return false;
                              } else {
                                if (((typeof data2 == "string") && (!(((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1)))))) && (!(pattern10.test(data2)))) {
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs4 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.flowName !== undefined && func0.call(data1, "flowName")) {
                              let data3 = data1.flowName;
                              const _errs5 = errors;
                              if (!(typeof data3 == "string")) {
                                return false;
                              } else {
                                if ((typeof data3 == "string") && (((data3.length > 200 && (data3.length > 400 || func48(data3) > 200))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                                  return false;
                                }
                              }
                              var valid2 = _errs5 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.flowStatus !== undefined && func0.call(data1, "flowStatus")) {
                                let data4 = data1.flowStatus;
                                const _errs6 = errors;
                                if (!(typeof data4 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data4 == "string") && (((data4.length > 20 && (data4.length > 40 || func48(data4) > 20))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                                    return false;
                                  }
                                }
                                var valid2 = _errs6 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data1.flowCategories !== undefined && func0.call(data1, "flowCategories")) {
                                  let data5 = data1.flowCategories;
                                  const _errs7 = errors;
                                  if (!(Array.isArray(data5))) {
                                    return false;
                                  } else {
                                    if ((Array.isArray(data5)) && ((data5.length > 9) || (data5.length < 1))) {
                                      return false;
                                    }
                                  }
                                  if (errors === _errs7) {
                                    if (Array.isArray(data5)) {
                                      var valid3 = true;
                                      const len1 = data5.length;
                                      for (let i1=0; i1<len1; i1++) {
                                        let data6 = data5[i1];
                                        const _errs8 = errors;
                                        if (!(typeof data6 == "string")) {
                                          return false;
                                        } else {
                                          if (typeof data6 == "string" && !obj4.has(data6)) {
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs8 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    }
                                  }
                                  var valid2 = _errs7 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data1.validationErrors !== undefined && func0.call(data1, "validationErrors")) {
                                    let data7 = data1.validationErrors;
                                    const _errs9 = errors;
                                    if (!(Array.isArray(data7))) {
                                      return false;
                                    }
                                    if (errors === _errs9) {
                                      if (Array.isArray(data7)) {
                                        var valid4 = true;
                                        const len2 = data7.length;
                                        for (let i2=0; i2<len2; i2++) {
                                          let data8 = data7[i2];
                                          const _errs10 = errors;
                                          if (!(typeof data8 == "string")) {
                                            return false;
                                          } else {
                                            if ((typeof data8 == "string") && ((data8.length > 1048576 && (data8.length > 2097152 || func48(data8) > 1048576)))) {
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs10 === errors;
                                          if (!valid4) {
                                            break;
                                          }
                                        }
                                      }
                                    }
                                    var valid2 = _errs9 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                  var valid1 = _errs2 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
              let data9 = data.nextToken;
              const _errs11 = errors;
              if (!(typeof data9 == "string")) {
                return false;
              } else {
                if ((typeof data9 == "string") && (((data9.length > 600 && (data9.length > 1200 || func48(data9) > 600))) || ((data9.length < 2 && (data9.length < 1 || func48(data9) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs11 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppMessageTemplatesInput = validate157;
function validate157(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "id") || (key0 === "nextToken")) || (key0 === "maxResults"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
              let data1 = data.nextToken;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 600 && (data1.length > 1200 || func48(data1) > 600))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
                let data2 = data.maxResults;
                const _errs3 = errors;
                if (!((typeof data2 == "number" && Number.isInteger(data2)) && (data2 >= -2147483648 && data2 <= 2147483647))) {
                  return false;
                } else {
                  if (((typeof data2 == "number" && Number.isInteger(data2)) && (data2 >= -2147483648 && data2 <= 2147483647)) && (!((data2 >= 1) && (data2 <= 100)))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppMessageTemplatesOutput = validate160;
function validate160(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "templates") || (key0 === "nextToken"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.templates !== undefined && func0.call(data, "templates")) {
          let data0 = data.templates;
          const _errs1 = errors;
          if (!(Array.isArray(data0))) {
            return false;
          }
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0=0; i0<len0; i0++) {
                let data1 = data0[i0];
                const _errs2 = errors;
                if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                  return false;
                }
                if (errors === _errs2) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    const _errs3 = errors;
                    for (const key1 of Object.keys(data1)) {
                      if (!((((((key1 === "templateName") || (key1 === "metaTemplateId")) || (key1 === "templateStatus")) || (key1 === "templateQualityScore")) || (key1 === "templateLanguage")) || (key1 === "templateCategory"))) {
                        return false;
                      }
                    }
                    if (_errs3 === errors) {
                      if (data1.templateName !== undefined && func0.call(data1, "templateName")) {
                        let data2 = data1.templateName;
                        const _errs4 = errors;
                        if (!(typeof data2 == "string")) {
                          return false;
                        } else {
                          if ((typeof data2 == "string") && (((data2.length > 512 && (data2.length > 1024 || func48(data2) > 512))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                            return false;
                          }
                        }
                        var valid2 = _errs4 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.metaTemplateId !== undefined && func0.call(data1, "metaTemplateId")) {
                          let data3 = data1.metaTemplateId;
                          const _errs5 = errors;
                          if (!(typeof data3 == "string")) {
                            return false;
                          } else {
                            if ((typeof data3 == "string") && (((data3.length > 100 && (data3.length > 200 || func48(data3) > 100))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                              return false;
                            } else {
                              if (((typeof data3 == "string") && (!(((data3.length > 100 && (data3.length > 200 || func48(data3) > 100))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1)))))) && (!(pattern10.test(data3)))) {
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs5 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.templateStatus !== undefined && func0.call(data1, "templateStatus")) {
                            let data4 = data1.templateStatus;
                            const _errs6 = errors;
                            if (!(typeof data4 == "string")) {
                              return false;
                            } else {
                              if ((typeof data4 == "string") && (((data4.length > 20 && (data4.length > 40 || func48(data4) > 20))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                                return false;
                              }
                            }
                            var valid2 = _errs6 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.templateQualityScore !== undefined && func0.call(data1, "templateQualityScore")) {
                              let data5 = data1.templateQualityScore;
                              const _errs7 = errors;
                              if (!(typeof data5 == "string")) {
                                return false;
                              } else {
                                if ((typeof data5 == "string") && (((data5.length > 20 && (data5.length > 40 || func48(data5) > 20))) || ((data5.length < 2 && (data5.length < 1 || func48(data5) < 1))))) {
                                  return false;
                                }
                              }
                              var valid2 = _errs7 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.templateLanguage !== undefined && func0.call(data1, "templateLanguage")) {
                                let data6 = data1.templateLanguage;
                                const _errs8 = errors;
                                if (!(typeof data6 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data6 == "string") && (((data6.length > 6 && (data6.length > 12 || func48(data6) > 6))) || ((data6.length < 2 && (data6.length < 1 || func48(data6) < 1))))) {
                                    return false;
                                  }
                                }
                                var valid2 = _errs8 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data1.templateCategory !== undefined && func0.call(data1, "templateCategory")) {
                                  let data7 = data1.templateCategory;
                                  const _errs9 = errors;
                                  if (!(typeof data7 == "string")) {
                                    return false;
                                  } else {
                                    if ((typeof data7 == "string") && (((data7.length > 100 && (data7.length > 200 || func48(data7) > 100))) || ((data7.length < 2 && (data7.length < 1 || func48(data7) < 1))))) {
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs9 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                var valid1 = _errs2 === errors;
                if (!valid1) {
                  break;
                }
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
            let data8 = data.nextToken;
            const _errs10 = errors;
            if (!(typeof data8 == "string")) {
              return false;
            } else {
              if ((typeof data8 == "string") && (((data8.length > 600 && (data8.length > 1200 || func48(data8) > 600))) || ((data8.length < 2 && (data8.length < 1 || func48(data8) < 1))))) {
                return false;
              }
            }
            var valid0 = _errs10 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppTemplateLibraryInput = validate163;
function validate163(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((key0 === "nextToken") || (key0 === "maxResults")) || (key0 === "id")) || (key0 === "filters"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
            let data0 = data.nextToken;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 600 && (data0.length > 1200 || func48(data0) > 600))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.maxResults !== undefined && func0.call(data, "maxResults")) {
              let data1 = data.maxResults;
              const _errs2 = errors;
              if (!((typeof data1 == "number" && Number.isInteger(data1)) && (data1 >= -2147483648 && data1 <= 2147483647))) {
                return false;
              } else {
                if (((typeof data1 == "number" && Number.isInteger(data1)) && (data1 >= -2147483648 && data1 <= 2147483647)) && (!((data1 >= 1) && (data1 <= 100)))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.id !== undefined && func0.call(data, "id")) {
                let data2 = data.id;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 115 && (data2.length > 230 || func48(data2) > 115))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  } else {
                    if (((typeof data2 == "string") && (!(((data2.length > 115 && (data2.length > 230 || func48(data2) > 115))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1)))))) && (!(pattern1.test(data2)))) {
                      return false;
                    }
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.filters !== undefined && func0.call(data, "filters")) {
                  let data3 = data.filters;
                  const _errs4 = errors;
                  if (!(typeof data3 == "object" && data3 !== null && !Array.isArray(data3) && !(data3 instanceof Date) && !(data3 instanceof Uint8Array))) {
                    return false;
                  } else {
                    if ((typeof data3 == "object" && data3 !== null && !Array.isArray(data3) && !(data3 instanceof Date) && !(data3 instanceof Uint8Array)) && ((Object.keys(data3).length > 10) || (Object.keys(data3).length < 0))) {
                      return false;
                    }
                  }
                  if (errors === _errs4) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      for (const key1 of Object.keys(data3)) {
                        const _errs5 = errors;
                        if (!(typeof key1 == "string")) {
                          errors++;
                        } else {
                          if ((typeof key1 == "string") && (((key1.length > 100 && (key1.length > 200 || func48(key1) > 100))) || ((key1.length < 2 && (key1.length < 1 || func48(key1) < 1))))) {
                            errors++;
                          }
                        }
                        var valid1 = _errs5 === errors;
                        if (!valid1) {
                          errors++;
                          return false;
                        }
                      }
                      if (valid1) {
                        for (const key2 of Object.keys(data3)) {
                          let data4 = data3[key2];
                          const _errs7 = errors;
                          if (!(typeof data4 == "string")) {
                            return false;
                          } else {
                            if ((typeof data4 == "string") && (((data4.length > 100 && (data4.length > 200 || func48(data4) > 100))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                              return false;
                            }
                          }
                          var valid2 = _errs7 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkListWhatsAppTemplateLibraryOutput = validate166;
const schema104 = {"scType":"object","properties":{"templateName":{"scType":"string","scLength":{"min":1,"max":512}},"templateLanguage":{"scType":"string","scLength":{"min":1,"max":6}},"templateCategory":{"scType":"string","scLength":{"min":1,"max":100}},"templateTopic":{"scType":"string","scLength":{"min":1,"max":20}},"templateUseCase":{"scType":"string","scLength":{"min":1,"max":30}},"templateIndustry":{"scType":"array","items":{"scType":"string","scLength":{"min":1,"max":25}}},"templateHeader":{"scType":"string","scLength":{"min":1,"max":200}},"templateBody":{"scType":"string","scLength":{"min":1,"max":2000}},"templateButtons":{"scType":"array","items":{"scType":"object","properties":{"type":{"scType":"string","scLength":{"min":1,"max":25}},"text":{"scType":"string","scLength":{"min":1,"max":40}},"phoneNumber":{"scType":"string","scLength":{"min":1,"max":20}},"url":{"scType":"string","scLength":{"min":1,"max":400}},"otpType":{"scType":"string","scLength":{"min":1,"max":25}},"zeroTapTermsAccepted":{"scType":"boolean"},"supportedApps":{"scType":"array","items":{"scType":"object","scCount":{"min":0,"max":10,"unit":"entries"},"propertyNames":{"scType":"string","scLength":{"min":1,"max":30}},"additionalProperties":{"scType":"string","scLength":{"min":1,"max":100}}}}},"additionalProperties":false}},"templateId":{"scType":"string","scLength":{"min":1,"max":100},"scPattern":{"pattern":"[0-9]+","length":{"min":1,"max":100}}},"templateBodyExampleParams":{"scType":"array","items":{"scType":"string"}}},"additionalProperties":false};
function validate168(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(func0.call(schema104.properties, key0))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.templateName !== undefined && func0.call(data, "templateName")) {
          let data0 = data.templateName;
          const _errs1 = errors;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 512 && (data0.length > 1024 || func48(data0) > 512))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.templateLanguage !== undefined && func0.call(data, "templateLanguage")) {
            let data1 = data.templateLanguage;
            const _errs2 = errors;
            if (!(typeof data1 == "string")) {
              return false;
            } else {
              if ((typeof data1 == "string") && (((data1.length > 6 && (data1.length > 12 || func48(data1) > 6))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
              let data2 = data.templateCategory;
              const _errs3 = errors;
              if (!(typeof data2 == "string")) {
                return false;
              } else {
                if ((typeof data2 == "string") && (((data2.length > 100 && (data2.length > 200 || func48(data2) > 100))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.templateTopic !== undefined && func0.call(data, "templateTopic")) {
                let data3 = data.templateTopic;
                const _errs4 = errors;
                if (!(typeof data3 == "string")) {
                  return false;
                } else {
                  if ((typeof data3 == "string") && (((data3.length > 20 && (data3.length > 40 || func48(data3) > 20))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.templateUseCase !== undefined && func0.call(data, "templateUseCase")) {
                  let data4 = data.templateUseCase;
                  const _errs5 = errors;
                  if (!(typeof data4 == "string")) {
                    return false;
                  } else {
                    if ((typeof data4 == "string") && (((data4.length > 30 && (data4.length > 60 || func48(data4) > 30))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.templateIndustry !== undefined && func0.call(data, "templateIndustry")) {
                    let data5 = data.templateIndustry;
                    const _errs6 = errors;
                    if (!(Array.isArray(data5))) {
                      return false;
                    }
                    if (errors === _errs6) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0=0; i0<len0; i0++) {
                          let data6 = data5[i0];
                          const _errs7 = errors;
                          if (!(typeof data6 == "string")) {
                            return false;
                          } else {
                            if ((typeof data6 == "string") && (((data6.length > 25 && (data6.length > 50 || func48(data6) > 25))) || ((data6.length < 2 && (data6.length < 1 || func48(data6) < 1))))) {
                              return false;
                            }
                          }
                          var valid1 = _errs7 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      }
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.templateHeader !== undefined && func0.call(data, "templateHeader")) {
                      let data7 = data.templateHeader;
                      const _errs8 = errors;
                      if (!(typeof data7 == "string")) {
                        return false;
                      } else {
                        if ((typeof data7 == "string") && (((data7.length > 200 && (data7.length > 400 || func48(data7) > 200))) || ((data7.length < 2 && (data7.length < 1 || func48(data7) < 1))))) {
                          return false;
                        }
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.templateBody !== undefined && func0.call(data, "templateBody")) {
                        let data8 = data.templateBody;
                        const _errs9 = errors;
                        if (!(typeof data8 == "string")) {
                          return false;
                        } else {
                          if ((typeof data8 == "string") && (((data8.length > 2000 && (data8.length > 4000 || func48(data8) > 2000))) || ((data8.length < 2 && (data8.length < 1 || func48(data8) < 1))))) {
                            return false;
                          }
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.templateButtons !== undefined && func0.call(data, "templateButtons")) {
                          let data9 = data.templateButtons;
                          const _errs10 = errors;
                          if (!(Array.isArray(data9))) {
                            return false;
                          }
                          if (errors === _errs10) {
                            if (Array.isArray(data9)) {
                              var valid2 = true;
                              const len1 = data9.length;
                              for (let i1=0; i1<len1; i1++) {
                                let data10 = data9[i1];
                                const _errs11 = errors;
                                if (!(typeof data10 == "object" && data10 !== null && !Array.isArray(data10) && !(data10 instanceof Date) && !(data10 instanceof Uint8Array))) {
                                  return false;
                                }
                                if (errors === _errs11) {
                                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                    const _errs12 = errors;
                                    for (const key1 of Object.keys(data10)) {
                                      if (!(((((((key1 === "type") || (key1 === "text")) || (key1 === "phoneNumber")) || (key1 === "url")) || (key1 === "otpType")) || (key1 === "zeroTapTermsAccepted")) || (key1 === "supportedApps"))) {
                                        return false;
                                      }
                                    }
                                    if (_errs12 === errors) {
                                      if (data10.type !== undefined && func0.call(data10, "type")) {
                                        let data11 = data10.type;
                                        const _errs13 = errors;
                                        if (!(typeof data11 == "string")) {
                                          return false;
                                        } else {
                                          if ((typeof data11 == "string") && (((data11.length > 25 && (data11.length > 50 || func48(data11) > 25))) || ((data11.length < 2 && (data11.length < 1 || func48(data11) < 1))))) {
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs13 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data10.text !== undefined && func0.call(data10, "text")) {
                                          let data12 = data10.text;
                                          const _errs14 = errors;
                                          if (!(typeof data12 == "string")) {
                                            return false;
                                          } else {
                                            if ((typeof data12 == "string") && (((data12.length > 40 && (data12.length > 80 || func48(data12) > 40))) || ((data12.length < 2 && (data12.length < 1 || func48(data12) < 1))))) {
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs14 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data10.phoneNumber !== undefined && func0.call(data10, "phoneNumber")) {
                                            let data13 = data10.phoneNumber;
                                            const _errs15 = errors;
                                            if (!(typeof data13 == "string")) {
                                              return false;
                                            } else {
                                              if ((typeof data13 == "string") && (((data13.length > 20 && (data13.length > 40 || func48(data13) > 20))) || ((data13.length < 2 && (data13.length < 1 || func48(data13) < 1))))) {
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs15 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data10.url !== undefined && func0.call(data10, "url")) {
                                              let data14 = data10.url;
                                              const _errs16 = errors;
                                              if (!(typeof data14 == "string")) {
                                                return false;
                                              } else {
                                                if ((typeof data14 == "string") && (((data14.length > 400 && (data14.length > 800 || func48(data14) > 400))) || ((data14.length < 2 && (data14.length < 1 || func48(data14) < 1))))) {
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs16 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data10.otpType !== undefined && func0.call(data10, "otpType")) {
                                                let data15 = data10.otpType;
                                                const _errs17 = errors;
                                                if (!(typeof data15 == "string")) {
                                                  return false;
                                                } else {
                                                  if ((typeof data15 == "string") && (((data15.length > 25 && (data15.length > 50 || func48(data15) > 25))) || ((data15.length < 2 && (data15.length < 1 || func48(data15) < 1))))) {
                                                    return false;
                                                  }
                                                }
                                                var valid3 = _errs17 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data10.zeroTapTermsAccepted !== undefined && func0.call(data10, "zeroTapTermsAccepted")) {
                                                  const _errs18 = errors;
                                                  if (!(typeof data10.zeroTapTermsAccepted == "boolean")) {
                                                    return false;
                                                  }
                                                  var valid3 = _errs18 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data10.supportedApps !== undefined && func0.call(data10, "supportedApps")) {
                                                    let data17 = data10.supportedApps;
                                                    const _errs19 = errors;
                                                    if (!(Array.isArray(data17))) {
                                                      return false;
                                                    }
                                                    if (errors === _errs19) {
                                                      if (Array.isArray(data17)) {
                                                        var valid4 = true;
                                                        const len2 = data17.length;
                                                        for (let i2=0; i2<len2; i2++) {
                                                          let data18 = data17[i2];
                                                          const _errs20 = errors;
                                                          if (!(typeof data18 == "object" && data18 !== null && !Array.isArray(data18) && !(data18 instanceof Date) && !(data18 instanceof Uint8Array))) {
                                                            return false;
                                                          } else {
                                                            if ((typeof data18 == "object" && data18 !== null && !Array.isArray(data18) && !(data18 instanceof Date) && !(data18 instanceof Uint8Array)) && ((Object.keys(data18).length > 10) || (Object.keys(data18).length < 0))) {
                                                              return false;
                                                            }
                                                          }
                                                          if (errors === _errs20) {
                                                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                              for (const key2 of Object.keys(data18)) {
                                                                const _errs21 = errors;
                                                                if (!(typeof key2 == "string")) {
                                                                  errors++;
                                                                } else {
                                                                  if ((typeof key2 == "string") && (((key2.length > 30 && (key2.length > 60 || func48(key2) > 30))) || ((key2.length < 2 && (key2.length < 1 || func48(key2) < 1))))) {
                                                                    errors++;
                                                                  }
                                                                }
                                                                var valid5 = _errs21 === errors;
                                                                if (!valid5) {
                                                                  errors++;
                                                                  return false;
                                                                }
                                                              }
                                                              if (valid5) {
                                                                for (const key3 of Object.keys(data18)) {
                                                                  let data19 = data18[key3];
                                                                  const _errs23 = errors;
                                                                  if (!(typeof data19 == "string")) {
                                                                    return false;
                                                                  } else {
                                                                    if ((typeof data19 == "string") && (((data19.length > 100 && (data19.length > 200 || func48(data19) > 100))) || ((data19.length < 2 && (data19.length < 1 || func48(data19) < 1))))) {
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid6 = _errs23 === errors;
                                                                  if (!valid6) {
                                                                    break;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid4 = _errs20 === errors;
                                                          if (!valid4) {
                                                            break;
                                                          }
                                                        }
                                                      }
                                                    }
                                                    var valid3 = _errs19 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                                var valid2 = _errs11 === errors;
                                if (!valid2) {
                                  break;
                                }
                              }
                            }
                          }
                          var valid0 = _errs10 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.templateId !== undefined && func0.call(data, "templateId")) {
                            let data20 = data.templateId;
                            const _errs24 = errors;
                            if (!(typeof data20 == "string")) {
                              return false;
                            } else {
                              if ((typeof data20 == "string") && (((data20.length > 100 && (data20.length > 200 || func48(data20) > 100))) || ((data20.length < 2 && (data20.length < 1 || func48(data20) < 1))))) {
                                return false;
                              } else {
                                if (((typeof data20 == "string") && (!(((data20.length > 100 && (data20.length > 200 || func48(data20) > 100))) || ((data20.length < 2 && (data20.length < 1 || func48(data20) < 1)))))) && (!(pattern10.test(data20)))) {
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs24 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.templateBodyExampleParams !== undefined && func0.call(data, "templateBodyExampleParams")) {
                              let data21 = data.templateBodyExampleParams;
                              const _errs25 = errors;
                              if (!(Array.isArray(data21))) {
                                return false;
                              }
                              if (errors === _errs25) {
                                if (Array.isArray(data21)) {
                                  var valid7 = true;
                                  const len3 = data21.length;
                                  for (let i3=0; i3<len3; i3++) {
                                    const _errs26 = errors;
                                    if (!(typeof data21[i3] == "string")) {
                                      return false;
                                    }
                                    var valid7 = _errs26 === errors;
                                    if (!valid7) {
                                      break;
                                    }
                                  }
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
function validate167(data) {
  let errors = 0;
  if (!(Array.isArray(data))) {
    return false;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0=0; i0<len0; i0++) {
        const _errs0 = errors;
        if (!(validate168(data[i0]))) {
          errors++;
        }
        var valid0 = _errs0 === errors;
        if (!valid0) {
          break;
        }
      }
    }
  }
  return errors === 0;
}
function validate166(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!((key0 === "metaLibraryTemplates") || (key0 === "nextToken"))) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.metaLibraryTemplates !== undefined && func0.call(data, "metaLibraryTemplates")) {
          const _errs1 = errors;
          if (!(validate167(data.metaLibraryTemplates))) {
            errors++;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.nextToken !== undefined && func0.call(data, "nextToken")) {
            let data1 = data.nextToken;
            const _errs2 = errors;
            if (!(typeof data1 == "string")) {
              return false;
            } else {
              if ((typeof data1 == "string") && (((data1.length > 600 && (data1.length > 1200 || func48(data1) > 600))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkPostWhatsAppMessageMediaInput = validate173;
function validate173(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) && (missing0 = "originationPhoneNumberId")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "originationPhoneNumberId") || (key0 === "sourceS3PresignedUrl")) || (key0 === "sourceS3File"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
            let data0 = data.originationPhoneNumberId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern5.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sourceS3PresignedUrl !== undefined && func0.call(data, "sourceS3PresignedUrl")) {
              let data1 = data.sourceS3PresignedUrl;
              const _errs2 = errors;
              if (!(typeof data1 == "object" && data1 !== null && !Array.isArray(data1) && !(data1 instanceof Date) && !(data1 instanceof Uint8Array))) {
                return false;
              }
              if (errors === _errs2) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if ((((data1.url === undefined) || (!(func0.call(data1, "url")))) && (missing1 = "url")) || (((data1.headers === undefined) || (!(func0.call(data1, "headers")))) && (missing1 = "headers"))) {
                    return false;
                  } else {
                    const _errs3 = errors;
                    for (const key1 of Object.keys(data1)) {
                      if (!((key1 === "url") || (key1 === "headers"))) {
                        return false;
                      }
                    }
                    if (_errs3 === errors) {
                      if (data1.url !== undefined && func0.call(data1, "url")) {
                        let data2 = data1.url;
                        const _errs4 = errors;
                        if (!(typeof data2 == "string")) {
                          return false;
                        } else {
                          if ((typeof data2 == "string") && (((data2.length > 2000 && (data2.length > 4000 || func48(data2) > 2000))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                            return false;
                          } else {
                            if (((typeof data2 == "string") && (!(((data2.length > 2000 && (data2.length > 4000 || func48(data2) > 2000))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1)))))) && (!((data2.length < 256 ? pattern51.test(data2) : func81(obj14, data2))))) {
                              return false;
                            }
                          }
                        }
                        var valid1 = _errs4 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.headers !== undefined && func0.call(data1, "headers")) {
                          let data3 = data1.headers;
                          const _errs5 = errors;
                          if (!(typeof data3 == "object" && data3 !== null && !Array.isArray(data3) && !(data3 instanceof Date) && !(data3 instanceof Uint8Array))) {
                            return false;
                          }
                          if (errors === _errs5) {
                            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                              for (const key2 of Object.keys(data3)) {
                                const _errs6 = errors;
                                if (!(typeof key2 == "string")) {
                                  errors++;
                                }
                                var valid2 = _errs6 === errors;
                                if (!valid2) {
                                  errors++;
                                  return false;
                                }
                              }
                              if (valid2) {
                                for (const key3 of Object.keys(data3)) {
                                  const _errs8 = errors;
                                  if (!(typeof data3[key3] == "string")) {
                                    return false;
                                  }
                                  var valid3 = _errs8 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              }
                            }
                          }
                          var valid1 = _errs5 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.sourceS3File !== undefined && func0.call(data, "sourceS3File")) {
                let data5 = data.sourceS3File;
                const _errs9 = errors;
                if (!(typeof data5 == "object" && data5 !== null && !Array.isArray(data5) && !(data5 instanceof Date) && !(data5 instanceof Uint8Array))) {
                  return false;
                }
                if (errors === _errs9) {
                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    let missing2;
                    if ((((data5.bucketName === undefined) || (!(func0.call(data5, "bucketName")))) && (missing2 = "bucketName")) || (((data5.key === undefined) || (!(func0.call(data5, "key")))) && (missing2 = "key"))) {
                      return false;
                    } else {
                      const _errs10 = errors;
                      for (const key4 of Object.keys(data5)) {
                        if (!((key4 === "bucketName") || (key4 === "key"))) {
                          return false;
                        }
                      }
                      if (_errs10 === errors) {
                        if (data5.bucketName !== undefined && func0.call(data5, "bucketName")) {
                          let data6 = data5.bucketName;
                          const _errs11 = errors;
                          if (!(typeof data6 == "string")) {
                            return false;
                          } else {
                            if ((typeof data6 == "string") && (((data6.length > 63 && (data6.length > 126 || func48(data6) > 63))) || ((data6.length < 6 && (data6.length < 3 || func48(data6) < 3))))) {
                              return false;
                            } else {
                              if (((typeof data6 == "string") && (!(((data6.length > 63 && (data6.length > 126 || func48(data6) > 63))) || ((data6.length < 6 && (data6.length < 3 || func48(data6) < 3)))))) && (!(pattern19.test(data6)))) {
                                return false;
                              }
                            }
                          }
                          var valid4 = _errs11 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data5.key !== undefined && func0.call(data5, "key")) {
                            let data7 = data5.key;
                            const _errs12 = errors;
                            if (!(typeof data7 == "string")) {
                              return false;
                            } else {
                              if ((typeof data7 == "string") && ((data7.length > 1024 && (data7.length > 2048 || func48(data7) > 1024)))) {
                                return false;
                              }
                            }
                            var valid4 = _errs12 === errors;
                          } else {
                            var valid4 = true;
                          }
                        }
                      }
                    }
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkPostWhatsAppMessageMediaOutput = validate176;
function validate176(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "mediaId")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.mediaId !== undefined && func0.call(data, "mediaId")) {
          let data0 = data.mediaId;
          if (!(typeof data0 == "string")) {
            return false;
          } else {
            if ((typeof data0 == "string") && (((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
              return false;
            } else {
              if (((typeof data0 == "string") && (!(((data0.length > 100 && (data0.length > 200 || func48(data0) > 100))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern22.test(data0)))) {
                return false;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkPublishWhatsAppFlowInput = validate179;
function validate179(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "id") || (key0 === "flowId"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkPublishWhatsAppFlowOutput = validate182;
function validate182(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkPutWhatsAppBusinessAccountEventDestinationsInput = validate185;
function validate185(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.eventDestinations === undefined) || (!(func0.call(data, "eventDestinations")))) && (missing0 = "eventDestinations"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "id") || (key0 === "eventDestinations"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.eventDestinations !== undefined && func0.call(data, "eventDestinations")) {
              let data1 = data.eventDestinations;
              const _errs2 = errors;
              if (!(Array.isArray(data1))) {
                return false;
              } else {
                if ((Array.isArray(data1)) && ((data1.length > 1) || (data1.length < 0))) {
                  return false;
                }
              }
              if (errors === _errs2) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0=0; i0<len0; i0++) {
                    let data2 = data1[i0];
                    const _errs3 = errors;
                    if (!(typeof data2 == "object" && data2 !== null && !Array.isArray(data2) && !(data2 instanceof Date) && !(data2 instanceof Uint8Array))) {
                      return false;
                    }
                    if (errors === _errs3) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (((data2.eventDestinationArn === undefined) || (!(func0.call(data2, "eventDestinationArn")))) && (missing1 = "eventDestinationArn")) {
                          return false;
                        } else {
                          const _errs4 = errors;
                          for (const key1 of Object.keys(data2)) {
                            if (!((key1 === "eventDestinationArn") || (key1 === "roleArn"))) {
                              return false;
                            }
                          }
                          if (_errs4 === errors) {
                            if (data2.eventDestinationArn !== undefined && func0.call(data2, "eventDestinationArn")) {
                              let data3 = data2.eventDestinationArn;
                              const _errs5 = errors;
                              if (!(typeof data3 == "string")) {
                                return false;
                              } else {
                                if ((typeof data3 == "string") && ((data3.length > 2048 && (data3.length > 4096 || func48(data3) > 2048)))) {
                                  return false;
                                } else {
                                  if (((typeof data3 == "string") && (!((data3.length > 2048 && (data3.length > 4096 || func48(data3) > 2048))))) && (!((data3.length < 256 ? pattern2.test(data3) : func81(obj0, data3))))) {
                                    return false;
                                  }
                                }
                              }
                              var valid2 = _errs5 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.roleArn !== undefined && func0.call(data2, "roleArn")) {
                                let data4 = data2.roleArn;
                                const _errs6 = errors;
                                if (!(typeof data4 == "string")) {
                                  return false;
                                } else {
                                  if (((typeof data4 == "string") && (true)) && (!((data4.length < 256 ? pattern3.test(data4) : func81(obj1, data4))))) {
                                    return false;
                                  }
                                }
                                var valid2 = _errs6 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                    var valid1 = _errs3 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkPutWhatsAppBusinessAccountEventDestinationsOutput = validate188;
function validate188(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkSendWhatsAppConversionEventInput = validate191;
function validate191(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.datasetId === undefined) || (!(func0.call(data, "datasetId")))) && (missing0 = "datasetId"))) || (((data.eventData === undefined) || (!(func0.call(data, "eventData")))) && (missing0 = "eventData"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "id") || (key0 === "datasetId")) || (key0 === "eventData"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.datasetId !== undefined && func0.call(data, "datasetId")) {
              let data1 = data.datasetId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 20 && (data1.length > 40 || func48(data1) > 20))) || ((data1.length < 20 && (data1.length < 10 || func48(data1) < 10))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 20 && (data1.length > 40 || func48(data1) > 20))) || ((data1.length < 20 && (data1.length < 10 || func48(data1) < 10)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.eventData !== undefined && func0.call(data, "eventData")) {
                let data2 = data.eventData;
                const _errs3 = errors;
                if (!(data2 instanceof Uint8Array || typeof data2 == "string")) {
                  return false;
                } else {
                  if (((data2 instanceof Uint8Array || typeof data2 == "string")) && (((data2 instanceof Uint8Array ? data2.byteLength : obj5.encode(data2).byteLength) > 1024000) || ((data2 instanceof Uint8Array ? data2.byteLength : obj5.encode(data2).byteLength) < 1))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkSendWhatsAppConversionEventOutput = validate194;
function validate194(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.requestId === undefined) || (!(func0.call(data, "requestId")))) && (missing0 = "requestId")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(key0 === "requestId")) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.requestId !== undefined && func0.call(data, "requestId")) {
            if (!(typeof data.requestId == "string")) {
              return false;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkSendWhatsAppMessageInput = validate197;
function validate197(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((((data.originationPhoneNumberId === undefined) || (!(func0.call(data, "originationPhoneNumberId")))) && (missing0 = "originationPhoneNumberId")) || (((data.message === undefined) || (!(func0.call(data, "message")))) && (missing0 = "message"))) || (((data.metaApiVersion === undefined) || (!(func0.call(data, "metaApiVersion")))) && (missing0 = "metaApiVersion"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "originationPhoneNumberId") || (key0 === "message")) || (key0 === "metaApiVersion"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.originationPhoneNumberId !== undefined && func0.call(data, "originationPhoneNumberId")) {
            let data0 = data.originationPhoneNumberId;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern5.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== undefined && func0.call(data, "message")) {
              let data1 = data.message;
              const _errs2 = errors;
              if (!(data1 instanceof Uint8Array || typeof data1 == "string")) {
                return false;
              } else {
                if (((data1 instanceof Uint8Array || typeof data1 == "string")) && (((data1 instanceof Uint8Array ? data1.byteLength : obj5.encode(data1).byteLength) > 2048000) || ((data1 instanceof Uint8Array ? data1.byteLength : obj5.encode(data1).byteLength) < 1))) {
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.metaApiVersion !== undefined && func0.call(data, "metaApiVersion")) {
                const _errs3 = errors;
                if (!(typeof data.metaApiVersion == "string")) {
                  return false;
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkSendWhatsAppMessageOutput = validate200;
function validate200(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "messageId")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.messageId !== undefined && func0.call(data, "messageId")) {
          if (!(typeof data.messageId == "string")) {
            return false;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkTagResourceInput = validate203;
function validate203(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.resourceArn === undefined) || (!(func0.call(data, "resourceArn")))) && (missing0 = "resourceArn")) || (((data.tags === undefined) || (!(func0.call(data, "tags")))) && (missing0 = "tags"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "resourceArn") || (key0 === "tags"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.resourceArn !== undefined && func0.call(data, "resourceArn")) {
            let data0 = data.resourceArn;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && ((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048)))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048))))) && (!(pattern60.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tags !== undefined && func0.call(data, "tags")) {
              let data1 = data.tags;
              const _errs2 = errors;
              if (!(Array.isArray(data1))) {
                return false;
              }
              if (errors === _errs2) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0=0; i0<len0; i0++) {
                    let data2 = data1[i0];
                    const _errs3 = errors;
                    if (!(typeof data2 == "object" && data2 !== null && !Array.isArray(data2) && !(data2 instanceof Date) && !(data2 instanceof Uint8Array))) {
                      return false;
                    }
                    if (errors === _errs3) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (((data2.key === undefined) || (!(func0.call(data2, "key")))) && (missing1 = "key")) {
                          return false;
                        } else {
                          const _errs4 = errors;
                          for (const key1 of Object.keys(data2)) {
                            if (!((key1 === "key") || (key1 === "value"))) {
                              return false;
                            }
                          }
                          if (_errs4 === errors) {
                            if (data2.key !== undefined && func0.call(data2, "key")) {
                              let data3 = data2.key;
                              const _errs5 = errors;
                              if (!(typeof data3 == "string")) {
                                return false;
                              } else {
                                if ((typeof data3 == "string") && (((data3.length > 128 && (data3.length > 256 || func48(data3) > 128))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                                  return false;
                                }
                              }
                              var valid2 = _errs5 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.value !== undefined && func0.call(data2, "value")) {
                                let data4 = data2.value;
                                const _errs6 = errors;
                                if (!(typeof data4 == "string")) {
                                  return false;
                                } else {
                                  if ((typeof data4 == "string") && ((data4.length > 256 && (data4.length > 512 || func48(data4) > 256)))) {
                                    return false;
                                  }
                                }
                                var valid2 = _errs6 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                    var valid1 = _errs3 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkTagResourceOutput = validate206;
function validate206(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "statusCode")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
          let data0 = data.statusCode;
          if (!((typeof data0 == "number" && Number.isInteger(data0)) && (data0 >= -2147483648 && data0 <= 2147483647))) {
            return false;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUntagResourceInput = validate209;
function validate209(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.resourceArn === undefined) || (!(func0.call(data, "resourceArn")))) && (missing0 = "resourceArn")) || (((data.tagKeys === undefined) || (!(func0.call(data, "tagKeys")))) && (missing0 = "tagKeys"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((key0 === "resourceArn") || (key0 === "tagKeys"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.resourceArn !== undefined && func0.call(data, "resourceArn")) {
            let data0 = data.resourceArn;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && ((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048)))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!((data0.length > 2048 && (data0.length > 4096 || func48(data0) > 2048))))) && (!(pattern60.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tagKeys !== undefined && func0.call(data, "tagKeys")) {
              let data1 = data.tagKeys;
              const _errs2 = errors;
              if (!(Array.isArray(data1))) {
                return false;
              }
              if (errors === _errs2) {
                if (Array.isArray(data1)) {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0=0; i0<len0; i0++) {
                    const _errs3 = errors;
                    if (!(typeof data1[i0] == "string")) {
                      return false;
                    }
                    var valid1 = _errs3 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUntagResourceOutput = validate212;
function validate212(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "statusCode")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.statusCode !== undefined && func0.call(data, "statusCode")) {
          let data0 = data.statusCode;
          if (!((typeof data0 == "number" && Number.isInteger(data0)) && (data0 >= -2147483648 && data0 <= 2147483647))) {
            return false;
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUpdateWhatsAppFlowInput = validate215;
function validate215(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if ((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((key0 === "id") || (key0 === "flowId")) || (key0 === "flowName")) || (key0 === "categories"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.flowName !== undefined && func0.call(data, "flowName")) {
                let data2 = data.flowName;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 200 && (data2.length > 400 || func48(data2) > 200))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.categories !== undefined && func0.call(data, "categories")) {
                  let data3 = data.categories;
                  const _errs4 = errors;
                  if (!(Array.isArray(data3))) {
                    return false;
                  } else {
                    if ((Array.isArray(data3)) && ((data3.length > 9) || (data3.length < 1))) {
                      return false;
                    }
                  }
                  if (errors === _errs4) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0=0; i0<len0; i0++) {
                        let data4 = data3[i0];
                        const _errs5 = errors;
                        if (!(typeof data4 == "string")) {
                          return false;
                        } else {
                          if (typeof data4 == "string" && !obj4.has(data4)) {
                            return false;
                          }
                        }
                        var valid1 = _errs5 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUpdateWhatsAppFlowOutput = validate218;
function validate218(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
export const checkUpdateWhatsAppFlowAssetsInput = validate221;
function validate221(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) || (((data.flowId === undefined) || (!(func0.call(data, "flowId")))) && (missing0 = "flowId"))) || (((data.flowJson === undefined) || (!(func0.call(data, "flowJson")))) && (missing0 = "flowJson"))) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!(((key0 === "id") || (key0 === "flowId")) || (key0 === "flowJson"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flowId !== undefined && func0.call(data, "flowId")) {
              let data1 = data.flowId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.flowJson !== undefined && func0.call(data, "flowJson")) {
                let data2 = data.flowJson;
                const _errs3 = errors;
                if (!(data2 instanceof Uint8Array || typeof data2 == "string")) {
                  return false;
                } else {
                  if (((data2 instanceof Uint8Array || typeof data2 == "string")) && (((data2 instanceof Uint8Array ? data2.byteLength : obj5.encode(data2).byteLength) > 10485760) || ((data2 instanceof Uint8Array ? data2.byteLength : obj5.encode(data2).byteLength) < 1))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUpdateWhatsAppFlowAssetsOutput = validate224;
function validate224(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs0 = errors;
      for (const key0 of Object.keys(data)) {
        if (!(key0 === "validationErrors")) {
          return false;
        }
      }
      if (_errs0 === errors) {
        if (data.validationErrors !== undefined && func0.call(data, "validationErrors")) {
          let data0 = data.validationErrors;
          const _errs1 = errors;
          if (!(Array.isArray(data0))) {
            return false;
          }
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0=0; i0<len0; i0++) {
                let data1 = data0[i0];
                const _errs2 = errors;
                if (!(typeof data1 == "string")) {
                  return false;
                } else {
                  if ((typeof data1 == "string") && ((data1.length > 1048576 && (data1.length > 2097152 || func48(data1) > 1048576)))) {
                    return false;
                  }
                }
                var valid1 = _errs2 === errors;
                if (!valid1) {
                  break;
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUpdateWhatsAppMessageTemplateInput = validate227;
function validate227(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (((data.id === undefined) || (!(func0.call(data, "id")))) && (missing0 = "id")) {
        return false;
      } else {
        const _errs0 = errors;
        for (const key0 of Object.keys(data)) {
          if (!((((((((key0 === "id") || (key0 === "metaTemplateId")) || (key0 === "templateName")) || (key0 === "templateLanguageCode")) || (key0 === "parameterFormat")) || (key0 === "templateCategory")) || (key0 === "templateComponents")) || (key0 === "ctaUrlLinkTrackingOptedOut"))) {
            return false;
          }
        }
        if (_errs0 === errors) {
          if (data.id !== undefined && func0.call(data, "id")) {
            let data0 = data.id;
            const _errs1 = errors;
            if (!(typeof data0 == "string")) {
              return false;
            } else {
              if ((typeof data0 == "string") && (((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1))))) {
                return false;
              } else {
                if (((typeof data0 == "string") && (!(((data0.length > 115 && (data0.length > 230 || func48(data0) > 115))) || ((data0.length < 2 && (data0.length < 1 || func48(data0) < 1)))))) && (!(pattern1.test(data0)))) {
                  return false;
                }
              }
            }
            var valid0 = _errs1 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.metaTemplateId !== undefined && func0.call(data, "metaTemplateId")) {
              let data1 = data.metaTemplateId;
              const _errs2 = errors;
              if (!(typeof data1 == "string")) {
                return false;
              } else {
                if ((typeof data1 == "string") && (((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1))))) {
                  return false;
                } else {
                  if (((typeof data1 == "string") && (!(((data1.length > 100 && (data1.length > 200 || func48(data1) > 100))) || ((data1.length < 2 && (data1.length < 1 || func48(data1) < 1)))))) && (!(pattern10.test(data1)))) {
                    return false;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.templateName !== undefined && func0.call(data, "templateName")) {
                let data2 = data.templateName;
                const _errs3 = errors;
                if (!(typeof data2 == "string")) {
                  return false;
                } else {
                  if ((typeof data2 == "string") && (((data2.length > 512 && (data2.length > 1024 || func48(data2) > 512))) || ((data2.length < 2 && (data2.length < 1 || func48(data2) < 1))))) {
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.templateLanguageCode !== undefined && func0.call(data, "templateLanguageCode")) {
                  let data3 = data.templateLanguageCode;
                  const _errs4 = errors;
                  if (!(typeof data3 == "string")) {
                    return false;
                  } else {
                    if ((typeof data3 == "string") && (((data3.length > 6 && (data3.length > 12 || func48(data3) > 6))) || ((data3.length < 2 && (data3.length < 1 || func48(data3) < 1))))) {
                      return false;
                    }
                  }
                  var valid0 = _errs4 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.parameterFormat !== undefined && func0.call(data, "parameterFormat")) {
                    let data4 = data.parameterFormat;
                    const _errs5 = errors;
                    if (!(typeof data4 == "string")) {
                      return false;
                    } else {
                      if ((typeof data4 == "string") && (((data4.length > 15 && (data4.length > 30 || func48(data4) > 15))) || ((data4.length < 2 && (data4.length < 1 || func48(data4) < 1))))) {
                        return false;
                      }
                    }
                    var valid0 = _errs5 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.templateCategory !== undefined && func0.call(data, "templateCategory")) {
                      let data5 = data.templateCategory;
                      const _errs6 = errors;
                      if (!(typeof data5 == "string")) {
                        return false;
                      } else {
                        if ((typeof data5 == "string") && (((data5.length > 100 && (data5.length > 200 || func48(data5) > 100))) || ((data5.length < 2 && (data5.length < 1 || func48(data5) < 1))))) {
                          return false;
                        }
                      }
                      var valid0 = _errs6 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.templateComponents !== undefined && func0.call(data, "templateComponents")) {
                        let data6 = data.templateComponents;
                        const _errs7 = errors;
                        if (!(data6 instanceof Uint8Array || typeof data6 == "string")) {
                          return false;
                        } else {
                          if (((data6 instanceof Uint8Array || typeof data6 == "string")) && (((data6 instanceof Uint8Array ? data6.byteLength : obj5.encode(data6).byteLength) > 3000) || ((data6 instanceof Uint8Array ? data6.byteLength : obj5.encode(data6).byteLength) < 1))) {
                            return false;
                          }
                        }
                        var valid0 = _errs7 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.ctaUrlLinkTrackingOptedOut !== undefined && func0.call(data, "ctaUrlLinkTrackingOptedOut")) {
                          const _errs8 = errors;
                          if (!(typeof data.ctaUrlLinkTrackingOptedOut == "boolean")) {
                            return false;
                          }
                          var valid0 = _errs8 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  return errors === 0;
}
export const checkUpdateWhatsAppMessageTemplateOutput = validate230;
function validate230(data) {
  let errors = 0;
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && !(data instanceof Date) && !(data instanceof Uint8Array))) {
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 of Object.keys(data)) {
        return false;
      }
    }
  }
  return errors === 0;
}
