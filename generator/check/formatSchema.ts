/**
 * JSON Schema of one model file (docs/model-format.md). It checks structure only: which keys exist
 * and what kind of value each holds. Meaning (references, bounds, bindings) is checked afterwards
 * by the semantic checks, which can point at both ends of a problem.
 */

const name = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$' };
const memberName = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' };
/** RFC 6838 `type/subtype` with optional parameters: it becomes a Content-Type header as it is. */
const token = '[A-Za-z0-9!#$&^_.+-]+';
const mediaType = { type: 'string', pattern: `^${token}/${token}(?: *; *${token}=(?:${token}|"[^"\\\\\\r\\n]*"))*$` };
const docs = { type: 'string' };
const deprecated = {
  anyOf: [
    { type: 'boolean' },
    { type: 'object', additionalProperties: false, properties: { message: { type: 'string' }, since: { type: 'string' } } },
  ],
};
const bounds = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: 'number' }, max: { type: 'number' } },
};
const timestampFormat = { enum: ['date-time', 'epoch-seconds', 'http-date'] };
const enumValue = {
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['value'],
      properties: { value: { type: 'string' }, name: memberName, docs, deprecated },
    },
  ],
};

const httpBinding = {
  anyOf: [
    { enum: ['label', 'payload', 'statusCode', 'queryParams'] },
    {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        label: { type: 'string', minLength: 1 },
        query: { type: 'string', minLength: 1 },
        header: { type: 'string', minLength: 1 },
        prefixHeaders: { type: 'string' },
      },
    },
  ],
};

const memberTraits = {
  target: name,
  docs,
  deprecated,
  length: bounds,
  range: bounds,
  pattern: { type: 'string' },
  jsonName: { type: 'string', minLength: 1 },
  timestampFormat,
};

const member = {
  anyOf: [
    name,
    {
      type: 'object',
      additionalProperties: false,
      required: ['target'],
      properties: {
        ...memberTraits,
        required: { type: 'boolean' },
        default: {},
        sensitive: { type: 'boolean' },
        idempotencyToken: { type: 'boolean' },
        hostLabel: { type: 'boolean' },
        http: httpBinding,
      },
    },
  ],
};

const collectionMember = {
  anyOf: [name, { type: 'object', additionalProperties: false, required: ['target'], properties: memberTraits }],
};

const memberList = { type: 'array', minItems: 2, items: memberName };
const rule = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    atMostOneOf: memberList,
    exactlyOneOf: memberList,
    allOrNone: memberList,
    requires: { type: 'array', minItems: 1, items: memberName },
    when: memberName,
    docs,
  },
  oneOf: [
    { required: ['atMostOneOf'], not: { anyOf: [{ required: ['exactlyOneOf'] }, { required: ['allOrNone'] }, { required: ['requires'] }, { required: ['when'] }] } },
    { required: ['exactlyOneOf'], not: { anyOf: [{ required: ['atMostOneOf'] }, { required: ['allOrNone'] }, { required: ['requires'] }, { required: ['when'] }] } },
    { required: ['allOrNone'], not: { anyOf: [{ required: ['atMostOneOf'] }, { required: ['exactlyOneOf'] }, { required: ['requires'] }, { required: ['when'] }] } },
    { required: ['requires', 'when'], not: { anyOf: [{ required: ['atMostOneOf'] }, { required: ['exactlyOneOf'] }, { required: ['allOrNone'] }] } },
  ],
};

const common = { type: {}, docs, deprecated, sensitive: { type: 'boolean' } };

function shapeOf(type: string | string[], extra: Record<string, unknown>, required: string[] = []) {
  const types = Array.isArray(type) ? type : [type];
  return {
    if: { properties: { type: { enum: types } }, required: ['type'] },
    then: { additionalProperties: false, required, properties: { ...common, ...extra } },
  };
}

const shape = {
  type: 'object',
  required: ['type'],
  properties: {
    type: {
      enum: [
        'string', 'enum', 'intEnum', 'byte', 'short', 'integer', 'long', 'float', 'double',
        'bigInteger', 'bigDecimal', 'boolean', 'blob', 'timestamp', 'document', 'list', 'map',
        'structure', 'union',
      ],
    },
  },
  allOf: [
    shapeOf('string', { length: bounds, pattern: { type: 'string' }, knownValues: { type: 'array', minItems: 1, items: enumValue }, mediaType }),
    shapeOf('enum', { values: { type: 'array', minItems: 1, items: enumValue } }, ['values']),
    shapeOf('intEnum', {
      values: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', additionalProperties: false, required: ['name', 'value'], properties: { name: memberName, value: { type: 'integer' }, docs, deprecated } },
      },
    }, ['values']),
    shapeOf(['byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal'], { range: bounds }),
    shapeOf(['boolean', 'document'], {}),
    shapeOf('blob', { length: bounds, streaming: { type: 'boolean' }, mediaType }),
    shapeOf('timestamp', { format: timestampFormat }),
    shapeOf('list', { member: collectionMember, length: bounds, uniqueItems: { type: 'boolean' }, sparse: { type: 'boolean' } }, ['member']),
    shapeOf('map', { key: name, value: collectionMember, length: bounds, sparse: { type: 'boolean' } }, ['key', 'value']),
    shapeOf('structure', {
      members: { type: 'object', propertyNames: memberName, additionalProperties: member },
      rules: { type: 'array', items: rule },
      error: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'fault'],
        properties: {
          status: { type: 'integer', minimum: 100, maximum: 599 },
          fault: { enum: ['client', 'server'] },
          retryable: { type: 'boolean' },
          throttling: { type: 'boolean' },
          code: { type: 'string', minLength: 1 },
        },
      },
    }),
    shapeOf('union', { members: { type: 'object', minProperties: 1, propertyNames: memberName, additionalProperties: member } }, ['members']),
  ],
};

const example = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'input'],
  properties: {
    title: { type: 'string', minLength: 1 },
    docs,
    input: { type: 'object' },
    output: { type: 'object' },
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['shape'],
      properties: { shape: name, content: { type: 'object' } },
    },
  },
  not: { required: ['output', 'error'] },
};

const operation = {
  type: 'object',
  additionalProperties: false,
  required: ['http'],
  properties: {
    http: { type: 'string', pattern: '^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) /\\S*$' },
    code: { type: 'integer', minimum: 200, maximum: 299 },
    input: name,
    output: name,
    errors: { type: 'array', items: name },
    docs,
    deprecated,
    idempotent: { type: 'boolean' },
    readonly: { type: 'boolean' },
    hostPrefix: { type: 'string', minLength: 1 },
    httpChecksumRequired: { type: 'boolean' },
    requestCompression: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['gzip'] } },
    examples: { type: 'array', items: example },
  },
};

const service = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'title', 'version', 'protocol', 'signingName', 'endpoint'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    title: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1 },
    protocol: { const: 'restJson1' },
    signingName: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$' },
    endpoint: { type: 'string', pattern: '^https?://[^\\s/?#]+$' },
    errors: { type: 'array', items: name },
    docs,
    package: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', pattern: '^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$' },
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$' },
        license: { type: 'string', pattern: '^[A-Za-z0-9.+-]+$' },
      },
    },
  },
};

export const modelFileSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    service,
    operations: { type: 'object', propertyNames: name, additionalProperties: operation },
    shapes: { type: 'object', propertyNames: name, additionalProperties: shape },
  },
};
