/**
 * What an operation's Markdown page must show, derived from the IR alone: for every member the
 * model reaches, each constraint value (bounds, patterns, enum and known values, defaults, binding
 * names) and each flag (required, sensitive, deprecated, ...) must appear on that member's line.
 */
import type { Bounds, MemberIR, OperationIR, ServiceIR, ShapeIR } from '../../generator/ir/types.ts';
import { markdownTree } from './pageTrees.ts';

interface Expectation {
  path: string;
  fragments: string[];
}

function effective(a: Bounds | undefined, b: Bounds | undefined): number[] {
  const min = [a?.min, b?.min].filter((x): x is number => x !== undefined);
  const max = [a?.max, b?.max].filter((x): x is number => x !== undefined);
  return [...(min.length ? [Math.max(...min)] : []), ...(max.length ? [Math.min(...max)] : [])];
}

function fragmentsOf(shape: ShapeIR, member: Partial<MemberIR> | undefined, inRequest: boolean): string[] {
  const f: string[] = [];
  if (member?.required) f.push(inRequest ? '**required**' : 'always present');
  const bounds = [
    ...effective('length' in shape ? shape.length : undefined, member?.length),
    ...effective('range' in shape ? shape.range : undefined, member?.range),
  ];
  f.push(...bounds.map(String));
  if (shape.type === 'string' && shape.pattern) f.push(shape.pattern);
  if (member?.pattern) f.push(member.pattern);
  if (shape.type === 'enum') f.push(...shape.values.map((v) => `\`${v.value}\``));
  if (shape.type === 'intEnum') f.push(...shape.values.map((v) => `\`${v.value}\``));
  if (shape.type === 'string' && shape.knownValues) f.push(...shape.knownValues.map((v) => `\`${v.value}\``));
  if (shape.sensitive || member?.sensitive) f.push('sensitive');
  if (shape.deprecated || member?.deprecated) f.push('deprecated');
  if (member?.default !== undefined) f.push(JSON.stringify(member.default));
  if (member?.idempotencyToken) f.push('idempotency token');
  if (shape.type === 'list' && shape.uniqueItems) f.push('unique');
  if (shape.type === 'union') f.push('exactly one member');
  const format = member?.timestampFormat ?? (shape.type === 'timestamp' ? shape.format : undefined);
  if (format) f.push(format);
  if ('mediaType' in shape && shape.mediaType) f.push(shape.mediaType);
  const http = member?.http;
  if (http && 'name' in http) f.push(http.name);
  if (http && http.kind === 'prefixHeaders') f.push(http.prefix);
  return f;
}

function expectations(ir: ServiceIR, root: string, inRequest: boolean): Expectation[] {
  const shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  const out: Expectation[] = [];
  const walk = (shapeName: string, path: string, member: Partial<MemberIR> | undefined, open: string[]) => {
    const shape = shapes.get(shapeName)!;
    out.push({ path, fragments: fragmentsOf(shape, member, inRequest) });
    if (open.includes(shapeName)) return;
    const next = [...open, shapeName];
    if (shape.type === 'structure' || shape.type === 'union') shape.members.forEach((m) => walk(m.target, `${path}.${m.name}`, m, next));
    if (shape.type === 'list') walk(shape.member, `${path}.[]`, shape.memberTraits, next);
    if (shape.type === 'map') {
      walk(shape.key, `${path}.{key}`, undefined, next);
      walk(shape.value, `${path}.{key}.{value}`, shape.valueTraits, next);
    }
  };
  const top = shapes.get(root)!;
  if (top.type === 'structure') top.members.forEach((m) => walk(m.target, m.name, m, [root]));
  return out;
}

/** Every constraint the model puts on the operation's members that its Markdown page does not show. */
export function missingConstraints(ir: ServiceIR, op: OperationIR, page: string): string[] {
  const problems: string[] = [];
  for (const [which, root, inRequest] of [['Request', op.input, true], ['Response', op.output, false]] as const) {
    const lines = markdownTree(page, which);
    for (const { path, fragments } of expectations(ir, root, inRequest)) {
      const line = lines.get(path);
      if (line === undefined) {
        problems.push(`${which} ${path}: no line for this member`);
        continue;
      }
      for (const fragment of fragments) {
        if (!line.includes(fragment)) problems.push(`${which} ${path}: shows no ${JSON.stringify(fragment)} in: ${line}`);
      }
    }
  }
  return problems;
}
