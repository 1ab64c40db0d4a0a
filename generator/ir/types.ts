/**
 * The intermediate representation (IR): the fully resolved, plain-data form of a model that every
 * emitter reads. It holds no functions, no cycles of objects (shapes refer to each other by name)
 * and no YAML nodes, so it can be cloned, hashed, serialised and compared.
 *
 * Ordering is part of the contract: `shapes` and `operations` are sorted by name, members keep the
 * order the model gave them, so that every emitter produces the same bytes for the same model.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A place in a model file; 1-based line and column, as compilers print them. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface Deprecation {
  message?: string;
  since?: string;
}

/** Inclusive bounds; an absent side is unbounded. */
export interface Bounds {
  min?: number;
  max?: number;
}

export interface ServiceIR {
  /** Short, identifier-safe name (`socialmessaging`); names the package folder. */
  name: string;
  /** Human title (`AWS End User Messaging Social`). */
  title: string;
  /** API version (`2024-01-01`). */
  version: string;
  docs?: string;
  protocol: 'restJson1';
  /** SigV4 signing name (`social-messaging`). */
  signingName: string;
  /** Endpoint template; `{region}` is the only placeholder (`https://social-messaging.{region}.amazonaws.com`). */
  endpoint: string;
  /** Errors any operation of the service can return (shape names). */
  errors: string[];
  operations: OperationIR[];
  shapes: ShapeIR[];
  /** Generated package identity. */
  package: { name: string; version: string; license: string };
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';

export interface OperationIR {
  name: string;
  docs?: string;
  deprecated?: Deprecation;
  http: {
    method: HttpMethod;
    /** Path template with `{label}` and greedy `{label+}`, optionally followed by literal `?query` pairs. */
    uri: string;
    /** Status code of a successful response. */
    code: number;
  };
  /** Input structure shape name; every operation has one (a model without one gets an empty structure). */
  input: string;
  /** Output structure shape name. */
  output: string;
  /** Errors of this operation only; `ServiceIR.errors` apply too. */
  errors: string[];
  idempotent?: boolean;
  readonly?: boolean;
  /**
   * Text put in front of the endpoint's host name (Smithy's `endpoint` trait, botocore's
   * `endpoint.hostPrefix`), such as `data.` or `{AccountId}.data.`: each `{label}` is filled in from
   * the input member of that name, which is marked `hostLabel`.
   */
  hostPrefix?: string;
  /** The request carries a `Content-MD5` header, the MD5 of its body (Smithy's `httpChecksumRequired`). */
  httpChecksumRequired?: boolean;
  /** The service accepts a compressed request body (Smithy's `requestCompression`). */
  requestCompression?: RequestCompressionIR;
  examples: ExampleIR[];
  location?: SourceLocation;
}

/** Content codings a client may apply to a request body, best first; `gzip` is the only one so far. */
export type CompressionEncoding = 'gzip';

export interface RequestCompressionIR {
  encodings: CompressionEncoding[];
}

export interface ExampleIR {
  title: string;
  docs?: string;
  input: { [key: string]: JsonValue };
  output?: { [key: string]: JsonValue };
  error?: { shape: string; content: { [key: string]: JsonValue } };
}

export interface EnumValueIR {
  /** Symbolic name (Smithy's enum member name), identifier-safe. */
  name: string;
  value: string;
  docs?: string;
  deprecated?: Deprecation;
}

export interface IntEnumValueIR {
  name: string;
  value: number;
  docs?: string;
  deprecated?: Deprecation;
}

interface ShapeCommon {
  name: string;
  docs?: string;
  deprecated?: Deprecation;
  /** Values of this shape are secrets: never logged, never shown in validation messages. */
  sensitive?: boolean;
  location?: SourceLocation;
}

export interface StringShapeIR extends ShapeCommon {
  type: 'string';
  /** Length in Unicode code points. */
  length?: Bounds;
  /** ECMA-262 pattern, unanchored, matched with the `u` flag. */
  pattern?: string;
  /** Open enum: values the service is known to use; others are still valid. */
  knownValues?: EnumValueIR[];
  mediaType?: string;
}

export interface EnumShapeIR extends ShapeCommon {
  type: 'enum';
  /** Closed set of values. */
  values: EnumValueIR[];
}

export interface IntEnumShapeIR extends ShapeCommon {
  type: 'intEnum';
  values: IntEnumValueIR[];
}

export type NumberType = 'byte' | 'short' | 'integer' | 'long' | 'float' | 'double' | 'bigInteger' | 'bigDecimal';

export interface NumberShapeIR extends ShapeCommon {
  type: NumberType;
  range?: Bounds;
}

export interface BooleanShapeIR extends ShapeCommon {
  type: 'boolean';
}

export interface BlobShapeIR extends ShapeCommon {
  type: 'blob';
  /** Length in bytes. */
  length?: Bounds;
  streaming?: boolean;
  mediaType?: string;
}

export type TimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date';

export interface TimestampShapeIR extends ShapeCommon {
  type: 'timestamp';
  format?: TimestampFormat;
}

export interface DocumentShapeIR extends ShapeCommon {
  type: 'document';
}

export interface ListShapeIR extends ShapeCommon {
  type: 'list';
  member: string;
  length?: Bounds;
  uniqueItems?: boolean;
  sparse?: boolean;
  /** Member-level traits of the list's member (Smithy allows them; botocore puts e.g. locationName there). */
  memberTraits?: MemberTraitsIR;
}

export interface MapShapeIR extends ShapeCommon {
  type: 'map';
  key: string;
  value: string;
  length?: Bounds;
  sparse?: boolean;
  valueTraits?: MemberTraitsIR;
}

/** Where a member travels in an HTTP message (restJson1). Absent means the JSON body. */
export type HttpBindingIR =
  | { kind: 'label'; name: string; greedy?: boolean }
  | { kind: 'query'; name: string }
  | { kind: 'queryParams' }
  | { kind: 'header'; name: string }
  | { kind: 'prefixHeaders'; prefix: string }
  | { kind: 'payload' }
  | { kind: 'statusCode' };

/** Constraint and serialisation traits a member can carry on top of its target shape. */
export interface MemberTraitsIR {
  length?: Bounds;
  range?: Bounds;
  pattern?: string;
  timestampFormat?: TimestampFormat;
  /** JSON object key on the wire when it differs from the member name. */
  jsonName?: string;
}

export interface MemberIR extends MemberTraitsIR {
  name: string;
  target: string;
  docs?: string;
  required: boolean;
  default?: JsonValue;
  deprecated?: Deprecation;
  /** The member itself is sensitive (its target may also be). */
  sensitive?: boolean;
  http?: HttpBindingIR;
  idempotencyToken?: boolean;
  /** The member's value fills the `{name}` label of its operation's `hostPrefix` (a required string). */
  hostLabel?: boolean;
  location?: SourceLocation;
}

export type RuleKind = 'atMostOneOf' | 'exactlyOneOf' | 'allOrNone' | 'requiresAll';

/**
 * A cross-member rule: what Smithy and botocore can only say in prose.
 * - atMostOneOf: no two of `members` are present together.
 * - exactlyOneOf: exactly one of `members` is present.
 * - allOrNone: either every one of `members` is present or none is.
 * - requiresAll: when `when` is present, every one of `members` must be too.
 */
export interface RuleIR {
  kind: RuleKind;
  members: string[];
  when?: string;
  docs?: string;
  location?: SourceLocation;
}

export interface ErrorTraitIR {
  fault: 'client' | 'server';
  httpStatus: number;
  retryable?: boolean;
  throttling?: boolean;
  /** Error code on the wire when it differs from the shape name (botocore's `error.code`). */
  code?: string;
}

export interface StructureShapeIR extends ShapeCommon {
  type: 'structure';
  members: MemberIR[];
  rules: RuleIR[];
  error?: ErrorTraitIR;
}

export interface UnionShapeIR extends ShapeCommon {
  type: 'union';
  members: MemberIR[];
}

export type ShapeIR =
  | StringShapeIR
  | EnumShapeIR
  | IntEnumShapeIR
  | NumberShapeIR
  | BooleanShapeIR
  | BlobShapeIR
  | TimestampShapeIR
  | DocumentShapeIR
  | ListShapeIR
  | MapShapeIR
  | StructureShapeIR
  | UnionShapeIR;

export type ShapeType = ShapeIR['type'];
