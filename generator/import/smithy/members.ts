import type { HttpBindingIR, JsonValue, MemberIR, MemberTraitsIR, TimestampFormat } from '../../ir/types.ts';
import { memberNames } from '../common/names.ts';
import { importPattern } from '../common/pattern.ts';
import { compact, type Note } from '../common/index.ts';
import type { SmithyContext } from './context.ts';
import type { SmithyMember } from './model.ts';
import { TIMESTAMP_FORMATS, TraitReader } from './traits.ts';


/** Member traits that add constraints or wire details to the target (also on list members, map values). */
export function memberTraitsOf(traits: TraitReader, note: Note): MemberTraitsIR {
  const pattern = traits.get<string>('smithy.api#pattern');
  const format = traits.get<string>('smithy.api#timestampFormat');
  if (format !== undefined && !TIMESTAMP_FORMATS.has(format)) note('smithy.api#timestampFormat', `unknown format ${format}`);
  return compact({
    length: traits.length(),
    range: traits.range(),
    pattern: pattern === undefined ? undefined : importPattern(pattern, note),
    timestampFormat: format !== undefined && TIMESTAMP_FORMATS.has(format) ? (format as TimestampFormat) : undefined,
    jsonName: traits.get<string>('smithy.api#jsonName'),
  });
}

/** The members of a structure or union. */
export function importMembers(ctx: SmithyContext, shapeId: string, shapeName: string, members: Record<string, SmithyMember>): MemberIR[] {
  const names = memberNames(Object.keys(members));
  return Object.entries(members).map(([sourceName, m]) => {
    const note = ctx.report.forShape(shapeName, sourceName);
    const traits = new TraitReader(m.traits);
    const name = names.get(sourceName)!;
    const http = bindingOf(ctx, `${shapeId}$${sourceName}`, sourceName, traits);
    const own = memberTraitsOf(traits, note);
    if (name !== sourceName) {
      note('name', `member renamed to ${name} (not a legal member name)`);
      if (own.jsonName === undefined && http === undefined) own.jsonName = sourceName;
    }
    const member: MemberIR = compact({
      name,
      target: ctx.nameOf(m.target),
      docs: traits.docs(),
      required: traits.has('smithy.api#required'),
      default: traits.get<JsonValue>('smithy.api#default'),
      deprecated: traits.deprecated(),
      sensitive: traits.sensitive(),
      http,
      idempotencyToken: traits.has('smithy.api#idempotencyToken') ? true : undefined,
      hostLabel: traits.has('smithy.api#hostLabel') ? true : undefined,
      ...own,
    });
    traits.leftovers(note);
    return member;
  });
}

function bindingOf(ctx: SmithyContext, memberId: string, memberName: string, traits: TraitReader): HttpBindingIR | undefined {
  if (traits.has('smithy.api#httpLabel')) {
    return ctx.greedyLabels.has(memberId) ? { kind: 'label', name: memberName, greedy: true } : { kind: 'label', name: memberName };
  }
  const query = traits.get<string>('smithy.api#httpQuery');
  if (query !== undefined) return { kind: 'query', name: query };
  if (traits.has('smithy.api#httpQueryParams')) return { kind: 'queryParams' };
  const header = traits.get<string>('smithy.api#httpHeader');
  if (header !== undefined) return { kind: 'header', name: header };
  const prefix = traits.get<string>('smithy.api#httpPrefixHeaders');
  if (prefix !== undefined) return { kind: 'prefixHeaders', prefix };
  if (traits.has('smithy.api#httpPayload')) return { kind: 'payload' };
  if (traits.has('smithy.api#httpResponseCode')) return { kind: 'statusCode' };
  return undefined;
}
