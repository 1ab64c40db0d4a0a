import type { EnumValueIR, ErrorTraitIR, IntEnumValueIR, MemberTraitsIR, NumberType, ShapeIR } from '../../ir/types.ts';
import { defaultEnumName, uniqueEnumNames } from '../common/names.ts';
import { importPattern } from '../common/pattern.ts';
import { compact, noteUnknownKeys, preview, type Note } from '../common/index.ts';
import { withoutErrorEvents } from '../common/eventStreams.ts';
import { withoutRepeatedValues } from '../common/enums.ts';
import type { SmithyContext } from './context.ts';
import { importMembers, memberTraitsOf } from './members.ts';
import type { SmithyMember, SmithyShape } from './model.ts';
import { TIMESTAMP_FORMATS, TraitReader } from './traits.ts';


const NUMBER_TYPES: Record<string, NumberType> = {
  byte: 'byte', short: 'short', integer: 'integer', long: 'long', float: 'float', double: 'double',
  bigInteger: 'bigInteger', bigDecimal: 'bigDecimal',
};

/** Traits whose meaning the IR carries by position rather than as a value. */
const POSITIONAL = ['smithy.api#input', 'smithy.api#output'];

/** One Smithy shape (mixins already applied) as IR. */
export function importShape(ctx: SmithyContext, id: string, shape: SmithyShape, sourceName: string): ShapeIR {
  const note = ctx.report.forShape(sourceName);
  const traits = new TraitReader(shape.traits);
  traits.consume(...POSITIONAL);
  const ir = mapShape(ctx, id, shape, traits, note, sourceName);
  const shapeDefault = traits.get('smithy.api#default');
  if (shapeDefault !== undefined) note('smithy.api#default', `a default on a shape is carried by the members that target it: ${preview(shapeDefault)}`);
  traits.leftovers(note);
  return ir;
}

function mapShape(ctx: SmithyContext, id: string, shape: SmithyShape, traits: TraitReader, note: Note, sourceName: string): ShapeIR {
  const common = compact({
    name: ctx.nameOf(id),
    docs: traits.docs(),
    deprecated: traits.deprecated(),
    sensitive: traits.sensitive(),
  });
  const numberType = NUMBER_TYPES[shape.type];
  if (numberType) return compact({ ...common, type: numberType, range: traits.range() });
  switch (shape.type) {
    case 'string': {
      const enumTrait = traits.get<EnumTraitEntry[]>('smithy.api#enum');
      if (enumTrait) return { ...common, type: 'enum', values: enumTraitValues(enumTrait, (entry) => ctx.report.forShape(sourceName, entry.name ?? entry.value)) };
      const pattern = traits.get<string>('smithy.api#pattern');
      return compact({
        ...common,
        type: 'string',
        length: traits.length(),
        pattern: pattern === undefined ? undefined : importPattern(pattern, note),
        mediaType: traits.get<string>('smithy.api#mediaType'),
      });
    }
    case 'enum':
      return { ...common, type: 'enum', values: enumMembers(ctx, shape, common.name, (v) => typeof v === 'string') as EnumValueIR[] };
    case 'intEnum':
      return { ...common, type: 'intEnum', values: enumMembers(ctx, shape, common.name, (v) => Number.isInteger(v)) as IntEnumValueIR[] };
    case 'blob':
      return compact({
        ...common,
        type: 'blob',
        length: traits.length(),
        streaming: traits.has('smithy.api#streaming') ? true : undefined,
        mediaType: traits.get<string>('smithy.api#mediaType'),
      });
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'document':
      return { ...common, type: 'document' };
    case 'timestamp': {
      const format = traits.get<string>('smithy.api#timestampFormat');
      if (format !== undefined && !TIMESTAMP_FORMATS.has(format)) note('smithy.api#timestampFormat', `unknown format ${format}`);
      return compact({ ...common, type: 'timestamp', format: format && TIMESTAMP_FORMATS.has(format) ? (format as 'date-time') : undefined });
    }
    case 'list':
    case 'set':
      return compact({
        ...common,
        type: 'list',
        member: ctx.nameOf(shape.member!.target),
        length: traits.length(),
        uniqueItems: traits.has('smithy.api#uniqueItems') || shape.type === 'set' ? true : undefined,
        sparse: traits.has('smithy.api#sparse') ? true : undefined,
        memberTraits: elementTraits(shape.member!, common.name, 'member', ctx),
      });
    case 'map': {
      const keyTraits = elementTraits(shape.key!, common.name, 'key', ctx);
      return compact({
        ...common,
        type: 'map',
        key: keyTraits ? constrainedKey(ctx, common.name, shape.key!.target, keyTraits, note) : ctx.nameOf(shape.key!.target),
        value: ctx.nameOf(shape.value!.target),
        length: traits.length(),
        sparse: traits.has('smithy.api#sparse') ? true : undefined,
        valueTraits: elementTraits(shape.value!, common.name, 'value', ctx),
      });
    }
    case 'structure':
      return compact({
        ...common,
        type: 'structure',
        members: importMembers(ctx, id, common.name, shape.members ?? {}),
        rules: [],
        error: errorTraitOf(traits, common.name, id),
      });
    case 'union':
    {
      const sources = Object.entries(shape.members ?? {});
      // Exactly one member of a union is set, so none is required (the loader rejects it, SC2016).
      let members = importMembers(ctx, id, common.name, shape.members ?? {}).map((m, i) => {
        if (!m.required) return m;
        ctx.report.forShape(common.name, sources[i][0])('smithy.api#required', 'union members are never required; dropped');
        return { ...m, required: false };
      });
      if (traits.has('smithy.api#streaming')) {
        note('smithy.api#streaming', 'event streams are not representable; imported as a plain union');
        members = withoutErrorEvents(members, (_, i) => ctx.shapes[sources[i][1].target]?.traits?.['smithy.api#error'] !== undefined, note);
      }
      return { ...common, type: 'union', members };
    }
    default:
      note('type', `unknown shape type ${preview(shape.type)}; imported as a document`);
      return { ...common, type: 'document' };
  }
}

/** Traits of a list member / map key / map value; docs and anything else there are reported. */
function elementTraits(element: SmithyMember, shapeName: string, role: string, ctx: SmithyContext): MemberTraitsIR | undefined {
  const note = ctx.report.forShape(shapeName, role);
  const traits = new TraitReader(element.traits);
  const result = memberTraitsOf(traits, note);
  traits.leftovers(note);
  return Object.keys(result).length ? result : undefined;
}

/**
 * The IR's map key is a shape name, so constraints on the key member become a string shape of
 * their own (`<Map>Key`) when the key targets an unconstrained string; otherwise they are reported.
 * The new shape carries everything the IR holds of the target (docs, deprecation, sensitive, media
 * type); whatever it cannot hold is reported where the target itself is imported.
 */
function constrainedKey(ctx: SmithyContext, mapName: string, target: string, traits: MemberTraitsIR, note: Note): string {
  const targetShape = ctx.shapes[target];
  const plain = target === 'smithy.api#String' || (targetShape?.type === 'string' && !Object.keys(targetShape.traits ?? {}).some((t) => /#(length|pattern|enum)$/.test(t)));
  const { length, pattern, ...rest } = traits;
  if (!plain || Object.keys(rest).length > 0) {
    note('key', `traits on a map key are not representable: ${preview(traits)}`);
    return ctx.nameOf(target);
  }
  const name = ctx.freshName(`${mapName}Key`);
  // The target is imported again for its carried traits only; its own import reports the rest.
  const base = targetShape ? mapShape(ctx, target, targetShape, new TraitReader(targetShape.traits), () => {}, '') : { type: 'string' as const };
  ctx.addShape(compact({ ...base, name, type: 'string' as const, length, pattern }) as ShapeIR);
  return name;
}

interface EnumTraitEntry {
  value: string;
  name?: string;
  documentation?: string;
  deprecated?: boolean;
  [key: string]: unknown;
}

const ENUM_ENTRY_KEYS = new Set(['value', 'name', 'documentation', 'deprecated']);

/** Entries of the (deprecated) `smithy.api#enum` trait; their `tags` and any other key are reported. */
function enumTraitValues(all: EnumTraitEntry[], noteFor: (entry: EnumTraitEntry) => Note): EnumValueIR[] {
  const entries = withoutRepeatedValues(all, (e) => e.value, (e, message) => noteFor(e)('smithy.api#enum', message));
  const names = uniqueEnumNames(entries.map((e) => e.name ?? defaultEnumName(e.value)));
  return entries.map((e, i) => {
    noteUnknownKeys(noteFor(e), e, ENUM_ENTRY_KEYS, 'smithy.api#enum.');
    return compact({ name: names[i], value: e.value, docs: e.documentation, deprecated: e.deprecated ? {} : undefined });
  });
}

function enumMembers(ctx: SmithyContext, shape: SmithyShape, shapeName: string, valid: (v: unknown) => boolean): (EnumValueIR | IntEnumValueIR)[] {
  const values = Object.entries(shape.members ?? {}).map(([name, m]) => {
    const note = ctx.report.forShape(shapeName, name);
    const traits = new TraitReader(m.traits);
    let value = traits.get<string | number>('smithy.api#enumValue');
    if (value === undefined || !valid(value)) {
      if (value !== undefined) note('smithy.api#enumValue', `invalid value ${preview(value)}; the member name is used`);
      value = name;
    }
    const entry = compact({ name, value, docs: traits.docs(), deprecated: traits.deprecated() });
    traits.leftovers(note);
    return entry as EnumValueIR | IntEnumValueIR;
  });
  return withoutRepeatedValues(values, (v) => v.value, (v, message) => ctx.report.forShape(shapeName, v.name)('smithy.api#enumValue', message));
}

function errorTraitOf(traits: TraitReader, name: string, id: string): ErrorTraitIR | undefined {
  const fault = traits.get<'client' | 'server'>('smithy.api#error');
  if (fault === undefined) return undefined;
  const retryable = traits.get<{ throttling?: boolean }>('smithy.api#retryable');
  const source = id.slice(id.indexOf('#') + 1);
  return compact({
    fault,
    httpStatus: traits.get<number>('smithy.api#httpError') ?? (fault === 'client' ? 400 : 500),
    retryable: retryable ? true : undefined,
    throttling: retryable?.throttling ? true : undefined,
    // restJson1 identifies errors by shape name; a renamed shape keeps its source name on the wire.
    code: source !== name ? source : undefined,
  });
}
