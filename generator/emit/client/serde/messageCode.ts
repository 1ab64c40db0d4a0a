/**
 * The body of each operation's `serialize` (input → method, path, query, headers, body) and of the
 * `deserialize` of its output and of each error (status, headers, body → members), written out
 * member by member from the HTTP bindings. Model text enters only through `stringLiteral`.
 */
import type { MemberIR, OperationIR, ShapeIR, StructureShapeIR, TimestampFormat } from '../../../ir/types.ts';
import { stringLiteral } from '../../ts/literals.ts';
import { itemOf, memberFormat, payloadMediaType, shapeOf } from './codecs.ts';
import { call, wrap } from '../../ts/layout.ts';
import { decoder, encoder, putMember, readMember, type SerdeContext, takeMember } from './shapeFunctions.ts';

const isBodyMember = (m: MemberIR) => m.http === undefined;

export function structureOf(ctx: SerdeContext, name: string): StructureShapeIR {
  const shape = shapeOf(ctx.shapes, name);
  if (shape.type !== 'structure') throw new Error(`${name} is not a structure`);
  return shape;
}

/**
 * What a member written as text holds: itself, or for a list the items, written one by one (with
 * the list's timestamp format, else the member's). `httpDates`: HTTP dates in a header, which hold
 * a comma of their own and so are joined and split pairwise.
 */
function textValue(ctx: SerdeContext, m: MemberIR, place: 'header' | 'uri'): { list: boolean; target: string; format?: TimestampFormat; httpDates: boolean } {
  const target = shapeOf(ctx.shapes, m.target);
  const item = target.type === 'list' ? itemOf(ctx.shapes, target) : undefined;
  if (!item) return { list: false, target: m.target, format: memberFormat(ctx.shapes, m), httpDates: false };
  const format = item.format ?? memberFormat(ctx.shapes, m);
  const httpDates = place === 'header' && shapeOf(ctx.shapes, item.target).type === 'timestamp' && (format ?? 'http-date') === 'http-date';
  return { list: true, target: item.target, format, httpDates };
}

/** The encoder of a member written as text. */
function textEncoder(ctx: SerdeContext, m: MemberIR, place: 'header' | 'uri'): { encode?: string; httpDates: boolean } {
  const { target, format, httpDates } = textValue(ctx, m, place);
  return { encode: encoder(ctx, target, format, place), httpDates };
}

/** A map member's values as text (query params, prefix headers); a value may be a list of scalars. */
function mapValueEncoder(ctx: SerdeContext, m: MemberIR, place: 'header' | 'uri'): string | undefined {
  const map = shapeOf(ctx.shapes, m.target);
  const value = itemOf(ctx.shapes, map);
  if (!value) return undefined;
  const valueShape = shapeOf(ctx.shapes, value.target);
  const inner = itemOf(ctx.shapes, valueShape);
  return inner ? encoder(ctx, inner.target, inner.format, place) : encoder(ctx, value.target, value.format, place);
}

/** An optional last argument. */
const optional = (arg: string | undefined) => (arg ? [arg] : []);

/**
 * `$uri("/v1/items/{id}", $label("id", input.id))`: the path template kept whole (as the model
 * writes it), its labels filled in order. `$uri` finds them with the same pattern as here.
 */
function pathExpression(ctx: SerdeContext, op: OperationIR, input: StructureShapeIR, value: (m: MemberIR) => string): string {
  const template = op.http.uri.split('?')[0];
  const labels: string[] = [];
  for (const [, label, greedy] of template.matchAll(/\{([^}+]+)(\+?)\}/g)) {
    const m = input.members.find((x) => x.http?.kind === 'label' && x.http.name === label);
    const helper = greedy ? '$greedyLabel' : '$label';
    // The checker reports a label without a member; should one get here, every call is refused
    // (the label has no value) rather than sent to a path with the braces in it.
    if (!m) labels.push(`${helper}(${stringLiteral(label)}, undefined)`);
    else labels.push(`${helper}(${[stringLiteral(label), value(m), ...optional(textEncoder(ctx, m, 'uri').encode)].join(', ')})`);
  }
  // The `path: …,` field of the returned request, one level in.
  return labels.length === 0 ? stringLiteral(template) : call('$uri', [stringLiteral(template), ...labels], '    ', '', 'path: ,'.length);
}

/** The statements of `serialize` and the request it returns. */
export function serializeBody(ctx: SerdeContext, op: OperationIR): string[] {
  const input = structureOf(ctx, op.input);
  const value = (m: MemberIR) => readMember('input', m.name);
  const lines: string[] = ['const headers: Record<string, string> = {};'];
  const literalQuery = (op.http.uri.split('?')[1] ?? '').split('&').filter(Boolean);
  const queryMembers = input.members.filter((m) => m.http?.kind === 'query' || m.http?.kind === 'queryParams');
  const hasQuery = literalQuery.length > 0 || queryMembers.length > 0;
  if (hasQuery) lines.push(`const query: string[] = [${literalQuery.map(stringLiteral).join(', ')}];`);
  const named = input.members.flatMap((m) => (m.http?.kind === 'query' ? [m.http.name] : []));
  for (const m of input.members) {
    const http = m.http;
    if (http?.kind === 'query') lines.push(call('$query', ['query', stringLiteral(http.name), value(m), ...optional(textEncoder(ctx, m, 'uri').encode)], '  '));
    else if (http?.kind === 'queryParams') {
      lines.push(call('$queryMap', ['query', value(m), `[${named.map(stringLiteral).join(', ')}]`, ...optional(mapValueEncoder(ctx, m, 'uri'))], '  '));
    } else if (http?.kind === 'header') {
      const { encode, httpDates } = textEncoder(ctx, m, 'header');
      lines.push(call('$header', ['headers', stringLiteral(http.name), value(m), ...(httpDates ? [encode!, 'true'] : optional(encode))], '  '));
    } else if (http?.kind === 'prefixHeaders') {
      lines.push(call('$prefixHeaders', ['headers', stringLiteral(http.prefix), value(m), ...optional(mapValueEncoder(ctx, m, 'header'))], '  '));
    }
  }
  const body = requestBody(ctx, input, value, lines);
  const path = pathExpression(ctx, op, input, value);
  const fields: [string, string][] = [
    ['method', stringLiteral(op.http.method)],
    ['path', path],
    ['query', hasQuery ? `query.join("&")` : '""'],
    ['headers', 'headers'],
  ];
  if (body) fields.push(['body', body]);
  // A statement of the function body (which indents its first line).
  lines.push(wrap('return {', fields.map(([key, v]) => (key === v ? key : `${key}: ${v}`)), '};', '  ', { pad: ' ' }));
  return lines;
}

/** Adds the statements that build the body to `lines`; returns the body expression, if any. */
function requestBody(ctx: SerdeContext, input: StructureShapeIR, value: (m: MemberIR) => string, lines: string[]): string | undefined {
  const payload = input.members.find((m) => m.http?.kind === 'payload');
  if (payload) {
    const target = shapeOf(ctx.shapes, payload.target);
    const read = value(payload);
    if (target.type === 'blob' || target.type === 'string' || target.type === 'enum') {
      const contentType = payloadMediaType(target) ?? (target.type === 'blob' ? 'application/octet-stream' : 'text/plain');
      lines.push(`const payload = ${read};`, `if (payload !== undefined && payload !== null) $contentType(headers, ${stringLiteral(contentType)});`);
      return target.type === 'blob' ? `payload === undefined || payload === null ? undefined : $bytes(payload)` : `payload ?? undefined`;
    }
    const encode = encoder(ctx, payload.target, memberFormat(ctx.shapes, payload), 'json');
    const json = (v: string) => `JSON.stringify(${encode ? `${encode}(${v})` : v})`;
    lines.push(`const payload = ${read};`);
    // An unset structure payload still sends `{}` (Smithy's rule); an unset union or document, nothing.
    if (target.type === 'structure') {
      lines.push(`$contentType(headers, "application/json");`);
      return `payload === undefined || payload === null ? "{}" : ${json('payload')}`;
    }
    lines.push(`if (payload !== undefined && payload !== null) $contentType(headers, "application/json");`);
    return `payload === undefined || payload === null ? undefined : ${json('payload')}`;
  }
  const members = input.members.filter(isBodyMember);
  if (members.length === 0) return undefined;
  lines.push('const body: $Bag = {};');
  for (const m of members) lines.push(putMember(ctx, m, value(m), 'body', '  '));
  lines.push(`$contentType(headers, "application/json");`);
  return 'JSON.stringify(body)';
}

/** Header text decoders: a list header is split into items first. */
function headerDecoder(ctx: SerdeContext, m: MemberIR): string {
  const { list, target, format, httpDates } = textValue(ctx, m, 'header');
  const decode = decoder(ctx, target, format, 'header');
  return list ? `(text) => $headerList(text, ${decode}${httpDates ? ', true' : ''})` : decode;
}

/**
 * The statements that read a response's members (an output or an error) into `out`, from
 * `headers` (lower-case names) and `body`.
 */
export function readMembers(ctx: SerdeContext, shape: StructureShapeIR, indent: string): string[] {
  const lines: string[] = ['const out: $Bag = {};'];
  for (const m of shape.members) {
    const http = m.http;
    if (http?.kind === 'header') lines.push(call('$take', ['out', stringLiteral(m.name), 'headers', stringLiteral(http.name.toLowerCase()), headerDecoder(ctx, m)], indent));
    else if (http?.kind === 'prefixHeaders') {
      const map = shapeOf(ctx.shapes, m.target);
      const value = itemOf(ctx.shapes, map);
      const decode = value ? decoder(ctx, value.target, value.format, 'header') : '$string';
      lines.push(call('$prefixed', ['out', stringLiteral(m.name), 'headers', stringLiteral(http.prefix.toLowerCase()), decode], indent));
    }
  }
  const payload = shape.members.find((m) => m.http?.kind === 'payload');
  if (payload) lines.push(`if (body.length > 0) $set(out, ${stringLiteral(payload.name)}, ${payloadValue(ctx, payload)});`);
  else {
    const members = shape.members.filter(isBodyMember);
    if (members.length > 0) lines.push('const source = $jsonBody(body);', ...members.map((m) => takeMember(ctx, m, 'source', indent)));
  }
  return lines;
}

function payloadValue(ctx: SerdeContext, m: MemberIR): string {
  const target: ShapeIR = shapeOf(ctx.shapes, m.target);
  if (target.type === 'blob') return 'body';
  if (target.type === 'string' || target.type === 'enum') return '$text(body)';
  if (target.type === 'document') return '$json(body)';
  return `${decoder(ctx, m.target, memberFormat(ctx.shapes, m), 'json')}($json(body))`;
}

/** The statements of an operation's `deserialize`: its output's members, and the status-code member. */
export function deserializeBody(ctx: SerdeContext, op: OperationIR): string[] {
  const output = structureOf(ctx, op.output);
  const lines = readMembers(ctx, output, '  ');
  const status = output.members.find((m) => m.http?.kind === 'statusCode');
  if (status) lines.push(`$set(out, ${stringLiteral(status.name)}, status);`);
  lines.push('return out;');
  return lines;
}

/** Whether `serialize` reads its input at all (if not, the parameter is named with a leading `_`). */
export function readsInput(ctx: SerdeContext, op: OperationIR): boolean {
  return structureOf(ctx, op.input).members.length > 0;
}

/** The input members the client fills in with a fresh token when the caller leaves them out. */
export function idempotencyTokenMembers(ctx: SerdeContext, op: OperationIR): string[] {
  return structureOf(ctx, op.input).members.filter((m) => m.idempotencyToken).map((m) => m.name);
}

/** Which parameters reading a response (an output or an error) uses, from the model. */
export function responseParameters(shape: StructureShapeIR): { status: boolean; headers: boolean; body: boolean } {
  const kinds = new Set(shape.members.map((m) => m.http?.kind));
  return {
    status: kinds.has('statusCode'),
    headers: kinds.has('header') || kinds.has('prefixHeaders'),
    body: kinds.has('payload') || shape.members.some(isBodyMember),
  };
}

