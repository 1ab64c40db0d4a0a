import type { HttpBindingIR, MemberIR, ShapeIR } from '../../ir/types.ts';
import type { CheckContext } from './context.ts';
import { structureOf } from './context.ts';
import { LABEL, parseUriTemplate } from './uriTemplate.ts';

const SCALARS = new Set(['string', 'enum', 'intEnum', 'byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal', 'boolean', 'timestamp']);
const PAYLOAD_TARGETS = new Set(['structure', 'union', 'blob', 'string', 'enum', 'document']);

/** URI templates and member bindings must agree, and each binding must fit its member's type. */
export function checkHttp(ctx: CheckContext): void {
  const seenRoutes = new Map<string, string>();
  for (const op of ctx.ir.operations) {
    const at = (sub: (string | number)[]) => ctx.origins.locate('operation', op.name, sub);
    const { path, query, labels, queryKeys, problems } = parseUriTemplate(op.http.uri);
    for (const problem of problems) ctx.report({ ...problem, location: at(['http']) });
    // Literal query parameters (`/things?tagging`) tell routes apart, as the service's router does.
    const route = `${op.http.method} ${path.replace(LABEL, '{}')}?${query.split('&').sort().join('&')}`;
    if (seenRoutes.has(route)) {
      ctx.report({ code: 'SC2019', message: `'${op.name}' has the same method and path as '${seenRoutes.get(route)}'`, hint: 'two operations cannot share a route; the server could not tell them apart', location: at(['http']) });
    } else {
      seenRoutes.set(route, op.name);
    }

    const input = structureOf(ctx, op.input);
    if (input) {
      const bound = new Set<string>();
      for (const member of input.members) {
        if (member.http?.kind !== 'label') continue;
        bound.add(member.http.name);
        if (!labels.has(member.http.name)) {
          ctx.report({ code: 'SC2006', message: `member '${member.name}' is bound to URI label '{${member.http.name}}', which '${op.name}' does not have`, hint: `add {${member.http.name}} to the path '${path}' or bind the member elsewhere`, location: member.location });
        } else if (!member.required) {
          ctx.report({ code: 'SC2020', message: `label member '${member.name}' must be required`, hint: 'a URI cannot be built without its labels; add required: true', location: member.location });
        }
      }
      for (const label of labels.keys()) {
        if (!bound.has(label)) {
          ctx.report({ code: 'SC2006', message: `URI label '{${label}}' of '${op.name}' has no member bound to it`, hint: `bind a required member of '${input.name}' with http: label`, location: at(['http']) });
        }
      }
      checkBindings(ctx, input, 'input');
      checkQueryLiterals(ctx, op.name, input, queryKeys);
    } else if (labels.size > 0) {
      ctx.report({ code: 'SC2006', message: `'${op.name}' has URI labels but no input structure`, hint: 'give the operation an input whose members bind the labels', location: at(['http']) });
    }
    const output = structureOf(ctx, op.output);
    if (output) checkBindings(ctx, output, 'output');
  }
}

/**
 * A literal query parameter of the URI (`?filter=1`) and a member bound to the same query name
 * would both be sent, and the service would read one of them: the caller's value could be lost.
 */
function checkQueryLiterals(ctx: CheckContext, opName: string, input: ShapeIR & { members: MemberIR[] }, queryKeys: string[]): void {
  for (const member of input.members) {
    if (member.http?.kind !== 'query' || !queryKeys.includes(member.http.name)) continue;
    ctx.report({
      code: 'SC2009',
      message: `member '${member.name}' is bound to query parameter '${member.http.name}', which the URI of '${opName}' already sets as a literal`,
      hint: 'bind the member to another query name, or remove the literal from the URI',
      location: ctx.origins.locate('operation', opName, ['http']),
    });
  }
}

function checkBindings(ctx: CheckContext, shape: ShapeIR & { members: MemberIR[] }, side: 'input' | 'output'): void {
  const names = new Map<string, string>();
  let payload: MemberIR | undefined;
  let bodyMembers = 0;
  for (const member of shape.members) {
    const binding = member.http;
    const target = ctx.shapes.get(member.target);
    if (!binding) {
      bodyMembers++;
      continue;
    }
    if (!target) continue;
    const misfit = (why: string) =>
      ctx.report({ code: 'SC2021', message: `member '${member.name}' cannot be bound as ${binding.kind}: ${why}`, hint: hintFor(binding), location: member.location });
    const listOfScalars = target.type === 'list' && SCALARS.has(ctx.shapes.get(target.member)?.type ?? '');
    switch (binding.kind) {
      case 'label':
        if (side === 'output') misfit('labels exist only in requests');
        else if (!SCALARS.has(target.type)) misfit(`its target is a ${target.type}`);
        break;
      case 'query':
        if (side === 'output') misfit('query strings exist only in requests');
        else if (!SCALARS.has(target.type) && !listOfScalars) misfit(`its target is a ${target.type}`);
        break;
      case 'queryParams':
        if (side === 'output') misfit('query strings exist only in requests');
        else if (target.type !== 'map') misfit(`its target is a ${target.type}, not a map`);
        break;
      case 'header':
        if (!SCALARS.has(target.type) && !listOfScalars) misfit(`its target is a ${target.type}`);
        break;
      case 'prefixHeaders':
        if (target.type !== 'map') misfit(`its target is a ${target.type}, not a map`);
        break;
      case 'statusCode':
        if (side === 'input') misfit('the status code exists only in responses');
        else if (target.type !== 'integer') misfit(`its target is a ${target.type}, not an integer`);
        break;
      case 'payload':
        if (!PAYLOAD_TARGETS.has(target.type)) misfit(`its target is a ${target.type}`);
        if (payload) misfit(`'${payload.name}' is already the payload`);
        payload = member;
        break;
    }
    if (binding.kind === 'header' || binding.kind === 'query') {
      const key = `${binding.kind}:${binding.kind === 'header' ? binding.name.toLowerCase() : binding.name}`;
      if (names.has(key)) {
        ctx.report({ code: 'SC2009', message: `${binding.kind} '${binding.name}' is bound by both '${names.get(key)}' and '${member.name}'`, hint: 'each header or query name carries one member', location: member.location });
      }
      names.set(key, member.name);
      if (binding.kind === 'header' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(binding.name)) {
        ctx.report({ code: 'SC2022', message: `'${binding.name}' is not a valid HTTP header name`, hint: 'header names are RFC 9110 tokens: letters, digits and !#$%&\'*+-.^_`|~', location: member.location });
      }
    }
  }
  if (payload && bodyMembers > 0) {
    ctx.report({ code: 'SC2021', message: `'${shape.name}' has a payload member '${payload.name}' and also members in the body`, hint: 'with http: payload, every other member must be bound to a label, query, header or status code', location: payload.location });
  }
}

function hintFor(binding: HttpBindingIR): string {
  switch (binding.kind) {
    case 'label':
      return 'labels bind strings, numbers, booleans, timestamps and enums';
    case 'query':
    case 'header':
      return `${binding.kind} parameters bind scalars or lists of scalars`;
    case 'payload':
      return 'a payload is a structure, union, blob, string, enum or document';
    default:
      return 'see docs/model-format.md';
  }
}
