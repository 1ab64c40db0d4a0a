/**
 * Identifiers that generated TypeScript derives from model names. Every emitter that refers to a
 * shape's type goes through `typeNameOf`, so the types, validators, client and docs agree.
 */

/** Names a generated type must not take: they would shadow globals the generated code (or its user) needs. */
const SHADOWED_GLOBALS = new Set([
  'Array', 'ArrayBuffer', 'BigInt', 'Blob', 'Boolean', 'DataView', 'Date', 'Document', 'Error',
  'EvalError', 'Function', 'Infinity', 'Iterable', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object',
  'Omit', 'Partial', 'Pick', 'Promise', 'Proxy', 'RangeError', 'Readonly', 'Record', 'ReferenceError',
  'Reflect', 'RegExp', 'Required', 'Response', 'Request', 'Set', 'String', 'Symbol', 'SyntaxError',
  'TypeError', 'URIError', 'URL', 'Uint8Array', 'WeakMap', 'WeakSet', 'Headers', 'AbortSignal',
  'Exclude', 'Extract', 'NonNullable', 'ReturnType', 'Parameters', 'Awaited', 'Buffer', 'Event',
  'Element', 'Node', 'Text', 'File', 'Storage', 'Location', 'History', 'Performance', 'Uppercase',
  'Lowercase', 'Capitalize', 'Uncapitalize', 'InstanceType', 'ThisType', 'Int8Array', 'Float32Array',
  'Float64Array', 'Int16Array', 'Int32Array', 'Uint16Array', 'Uint32Array', 'TextEncoder', 'TextDecoder',
]);

/** ECMAScript and TypeScript reserved words and predeclared type names. */
export const RESERVED_WORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
  'var', 'void', 'while', 'with', 'implements', 'interface', 'let', 'package', 'private',
  'protected', 'public', 'static', 'yield', 'await', 'any', 'boolean', 'number', 'string', 'symbol',
  'bigint', 'object', 'never', 'unknown', 'undefined', 'type', 'as', 'async', 'declare', 'from',
  'get', 'set', 'is', 'keyof', 'module', 'namespace', 'of', 'readonly', 'require', 'infer',
  'unique', 'global', 'constructor', 'prototype', 'arguments', 'eval', '__proto__',
]);

export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The TypeScript type name of a shape: the shape name, unless that would shadow a global or a keyword. */
export function typeNameOf(shapeName: string): string {
  if (SHADOWED_GLOBALS.has(shapeName) || RESERVED_WORDS.has(shapeName)) return `${shapeName}Shape`;
  return shapeName;
}

/** `AssociateWhatsAppBusinessAccount` → `associateWhatsAppBusinessAccount`: client method names. */
export function methodNameOf(operationName: string): string {
  const name = operationName.charAt(0).toLowerCase() + operationName.slice(1);
  return RESERVED_WORDS.has(name) ? `${name}Operation` : name;
}

/** `AssociateWhatsAppBusinessAccount` → `associate_whatsapp_business_account`, as boto3 names methods. */
export function snakeCaseOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[a-z0-9]+(?:_[a-z0-9]+)*/g, (words) => PARTIAL_RENAMES.reduce((w, [from, to]) => w.replaceAll(from, to), words));
}

/** Brand names boto3 keeps as one word, as botocore's own `_partial_renames` table does. */
const PARTIAL_RENAMES: [string, string][] = [
  ['whats_app', 'whatsapp'],
  ['ipv_6', 'ipv6'],
  ['ipv_4', 'ipv4'],
];

/** Members of the runtime client a generated method must not shadow. */
const CLIENT_MEMBERS = new Set(['send', 'config', 'constructor']);

/** The standalone function and the client method of an operation. */
export function operationFunctionName(op: { name: string }): string {
  const name = methodNameOf(op.name);
  return CLIENT_MEMBERS.has(name) ? `${name}Operation` : name;
}
