import type { HttpBindingIR, MemberIR } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { memberNames } from '../common/names.ts';
import { compact, noteUnknownKeys, preview } from '../common/index.ts';
import type { BotoContext } from './context.ts';
import { DEPRECATION_KEYS, deprecationOf } from './deprecation.ts';
import type { BotoMember, BotoShape } from './model.ts';

const MEMBER_KEYS = new Set([
  'shape', 'documentation', 'location', 'locationName', 'idempotencyToken', 'box', 'jsonvalue',
  'timestampFormat', 'hostLabel', ...DEPRECATION_KEYS,
]);

const TIMESTAMP_FORMATS = { iso8601: 'date-time', unixTimestamp: 'epoch-seconds', rfc822: 'http-date' } as const;

export function timestampFormatOf(value: unknown): MemberIR['timestampFormat'] {
  return TIMESTAMP_FORMATS[value as keyof typeof TIMESTAMP_FORMATS];
}

/** The members of a botocore structure, with their HTTP bindings and wire names. */
export function importMembers(ctx: BotoContext, shapeName: string, shape: BotoShape): MemberIR[] {
  const source = shape.members ?? {};
  const names = memberNames(Object.keys(source));
  const required = new Set(shape.required ?? []);
  for (const r of required) {
    if (!(r in source)) ctx.report.add({ shape: shapeName, member: r, trait: 'required', message: 'names no member; ignored' });
  }
  return Object.entries(source).map(([sourceName, m]) => {
    const note = ctx.report.forShape(shapeName, sourceName);
    const name = names.get(sourceName)!;
    const http = bindingOf(ctx, shapeName, sourceName, m, shape.payload === sourceName, note);
    // In the JSON body botocore's locationName is the key on the wire; a renamed member keeps its
    // source name there too.
    const wireName = m.locationName ?? sourceName;
    const member: MemberIR = compact({
      name,
      target: ctx.names.get(m.shape),
      docs: htmlToMarkdown(m.documentation),
      required: required.has(sourceName),
      deprecated: deprecationOf(m, note),
      http,
      idempotencyToken: m.idempotencyToken === true ? true : undefined,
      hostLabel: m.hostLabel === true ? true : undefined,
      timestampFormat: timestampFormatOf(m.timestampFormat),
      jsonName: http === undefined && wireName !== name ? wireName : undefined,
    });
    if (name !== sourceName) note('name', `member renamed to ${name} (not a legal member name)`);
    // jsonvalue becomes mediaType on the target string shape (see BotoContext.jsonValueShapes).
    if (m.jsonvalue === true && ctx.model.shapes[m.shape]?.type !== 'string') note('jsonvalue', 'only a string member can carry JSON text; ignored');
    if (m.timestampFormat !== undefined && member.timestampFormat === undefined) {
      note('timestampFormat', `unknown format ${preview(m.timestampFormat)}`);
    }
    noteUnknownKeys(note, m, MEMBER_KEYS);
    return member;
  });
}

function bindingOf(
  ctx: BotoContext,
  shapeName: string,
  memberName: string,
  m: BotoMember,
  isPayload: boolean,
  note: (trait: string, message: string) => void,
): HttpBindingIR | undefined {
  if (isPayload) {
    if (m.location !== undefined) note('location', `payload member also bound to ${m.location}; kept as payload`);
    return { kind: 'payload' };
  }
  const wire = m.locationName ?? memberName;
  switch (m.location) {
    case undefined:
      return undefined;
    case 'uri':
      return ctx.greedyLabels.has(`${shapeName}.${wire}`) ? { kind: 'label', name: wire, greedy: true } : { kind: 'label', name: wire };
    case 'querystring': {
      // A map bound to the query string without a name takes every parameter not otherwise bound.
      const target = ctx.model.shapes[m.shape];
      if (target?.type === 'map' && m.locationName === undefined) return { kind: 'queryParams' };
      return { kind: 'query', name: wire };
    }
    case 'header':
      return { kind: 'header', name: wire };
    case 'headers':
      return { kind: 'prefixHeaders', prefix: m.locationName ?? '' };
    case 'statusCode':
      return { kind: 'statusCode' };
    default:
      note('location', `unknown location ${preview(m.location)}; member left in the body`);
      return undefined;
  }
}
