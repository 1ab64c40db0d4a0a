import type { Bounds, ErrorTraitIR, NumberType, ShapeIR } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { defaultEnumName, uniqueEnumNames } from '../common/names.ts';
import { withoutRepeatedValues } from '../common/enums.ts';
import { importPattern } from '../common/pattern.ts';
import { compact, noteUnknownKeys, preview } from '../common/index.ts';
import { withoutErrorEvents } from '../common/eventStreams.ts';
import type { BotoContext } from './context.ts';
import { DEPRECATION_KEYS, deprecationOf } from './deprecation.ts';
import { importMembers, timestampFormatOf } from './members.ts';
import type { BotoMember, BotoShape } from './model.ts';

const NUMBER_TYPES: Record<string, NumberType> = {
  byte: 'byte', short: 'short', integer: 'integer', long: 'long', float: 'float', double: 'double',
  bigdecimal: 'bigDecimal', biginteger: 'bigInteger',
};

// `box` only says a value may be null, which every IR member without a default already means.
const COMMON_KEYS = ['type', 'documentation', 'sensitive', 'box', ...DEPRECATION_KEYS];
/** Keys each botocore type may carry that the mapping below consumes. */
const KEYS_BY_TYPE: Record<string, string[]> = {
  string: ['min', 'max', 'pattern', 'enum'],
  blob: ['min', 'max', 'streaming'],
  boolean: [],
  timestamp: ['timestampFormat'],
  list: ['member', 'min', 'max'],
  map: ['key', 'value', 'min', 'max'],
  structure: ['members', 'required', 'payload', 'union', 'document', 'exception', 'error', 'fault', 'retryable'],
  number: ['min', 'max'],
};

const UNSUPPORTED_MESSAGES: Record<string, string> = {
  eventstream: 'event streams are not representable; imported as a plain union',
  event: 'event framing is not representable; imported as a plain structure',
};

function boundsOf(shape: BotoShape): Bounds | undefined {
  if (shape.min === undefined && shape.max === undefined) return undefined;
  return compact({ min: shape.min, max: shape.max });
}

/** One botocore shape as IR. */
export function importShape(ctx: BotoContext, sourceName: string, shape: BotoShape): ShapeIR {
  const note = ctx.report.forShape(sourceName);
  const name = ctx.names.get(sourceName);
  const common = compact({
    name,
    docs: htmlToMarkdown(shape.documentation),
    deprecated: deprecationOf(shape, note),
    sensitive: shape.sensitive === true ? true : undefined,
  });
  const numberType = NUMBER_TYPES[shape.type];
  const known = new Set([...COMMON_KEYS, ...(KEYS_BY_TYPE[numberType ? 'number' : shape.type] ?? [])]);
  noteUnknownKeys(note, shape, known, '', UNSUPPORTED_MESSAGES);

  if (numberType) return compact({ ...common, type: numberType, range: boundsOf(shape) });
  switch (shape.type) {
    case 'string':
      if (shape.enum) {
        for (const key of ['min', 'max', 'pattern'] as const) {
          if (shape[key] !== undefined) note(key, `constraint on an enum is implied by its values: ${preview(shape[key])}`);
        }
        const values = withoutRepeatedValues(shape.enum, (value) => value, (_, message) => note('enum', message));
        const names = uniqueEnumNames(values.map(defaultEnumName));
        return { ...common, type: 'enum', values: values.map((value, i) => ({ name: names[i], value })) };
      }
      return compact({
        ...common,
        type: 'string',
        length: boundsOf(shape),
        pattern: shape.pattern === undefined ? undefined : importPattern(shape.pattern, note),
        mediaType: ctx.jsonValueShapes.has(sourceName) ? 'application/json' : undefined,
      });
    case 'blob':
      return compact({ ...common, type: 'blob', length: boundsOf(shape), streaming: shape.streaming === true ? true : undefined });
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'timestamp': {
      const format = timestampFormatOf(shape.timestampFormat);
      if (shape.timestampFormat !== undefined && !format) note('timestampFormat', `unknown format ${preview(shape.timestampFormat)}`);
      return compact({ ...common, type: 'timestamp', format });
    }
    case 'list':
      reportElementKeys(shape.member!, 'member', note);
      return compact({
        ...common,
        type: 'list',
        member: ctx.names.get(shape.member!.shape),
        length: boundsOf(shape),
      });
    case 'map':
      reportElementKeys(shape.key!, 'key', note);
      reportElementKeys(shape.value!, 'value', note);
      return compact({
        ...common,
        type: 'map',
        key: ctx.names.get(shape.key!.shape),
        value: ctx.names.get(shape.value!.shape),
        length: boundsOf(shape),
      });
    case 'structure':
      return importStructure(ctx, sourceName, shape, common);
    default:
      note('type', `unknown shape type ${preview(shape.type)}; imported as a document`);
      return { ...common, type: 'document' };
  }
}

/**
 * botocore's list member and map key/value carry no constraints, only a wire name (which JSON
 * does not use) and sometimes docs; whatever they carry besides the target is reported.
 */
function reportElementKeys(element: BotoMember, role: string, note: (trait: string, message: string) => void): void {
  for (const key of Object.keys(element)) {
    if (key !== 'shape') note(`${role}.${key}`, `not representable in the IR: ${preview(element[key])}`);
  }
}

type Common = Pick<ShapeIR, 'name' | 'docs' | 'deprecated' | 'sensitive'>;

function importStructure(ctx: BotoContext, sourceName: string, shape: BotoShape, common: Common): ShapeIR {
  const note = ctx.report.forShape(sourceName);
  if (shape.document === true) {
    if (shape.members && Object.keys(shape.members).length > 0) note('members', 'a document shape has no members; dropped');
    return { ...common, type: 'document' };
  }
  let members = importMembers(ctx, sourceName, shape);
  if (shape.eventstream === true) {
    const sources = Object.values(shape.members ?? {});
    members = withoutErrorEvents(members, (_, i) => ctx.model.shapes[sources[i].shape]?.exception === true, note);
  }
  // An event stream is a union of events (as in Smithy); the framing itself is reported above.
  if (shape.union === true || shape.eventstream === true) {
    if (shape.required?.length) note('required', `union members are never required; dropped: ${preview(shape.required)}`);
    return { ...common, type: 'union', members: members.map((m) => ({ ...m, required: false })) };
  }
  const error = errorTraitOf(shape, note);
  // The wire code is the source shape name unless the model says otherwise; keep it when the
  // shape was renamed so the client still recognises the error.
  if (error) error.code = error.code ?? (sourceName !== common.name ? sourceName : undefined);
  if (error?.code === common.name) delete error.code;
  return compact({ ...common, type: 'structure', members, rules: [], error: error && compact(error) });
}

function errorTraitOf(shape: BotoShape, note: (trait: string, message: string) => void): ErrorTraitIR | undefined {
  if (shape.exception !== true && shape.error === undefined) return undefined;
  const error = (shape.error ?? {}) as { httpStatusCode?: number; senderFault?: boolean; code?: string };
  // `fault: true` marks a server fault, `senderFault` a client one; otherwise the status decides.
  let fault: ErrorTraitIR['fault'];
  if (shape.fault === true) fault = 'server';
  else if (error.senderFault === true) fault = 'client';
  else fault = error.httpStatusCode !== undefined && error.httpStatusCode < 500 ? 'client' : 'server';
  let httpStatus = error.httpStatusCode;
  if (httpStatus === undefined) {
    httpStatus = fault === 'client' ? 400 : 500;
    note('error.httpStatusCode', `no status code in the model; ${httpStatus} assumed from the fault`);
  }
  for (const key of Object.keys(error)) {
    if (!['httpStatusCode', 'senderFault', 'code'].includes(key)) note(`error.${key}`, `not representable in the IR: ${preview((error as Record<string, unknown>)[key])}`);
  }
  const retryable = shape.retryable as { throttling?: boolean } | undefined;
  return compact({
    fault,
    httpStatus,
    retryable: retryable ? true : undefined,
    throttling: retryable?.throttling === true ? true : undefined,
    code: error.code,
  });
}
