import type { ExampleIR, HttpMethod, JsonValue, OperationIR } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { compact, preview } from '../common/index.ts';
import { importHostPrefix, importRequestCompression } from '../common/operationTraits.ts';
import type { SmithyContext } from './context.ts';
import type { SmithyShape } from './model.ts';
import { TraitReader } from './traits.ts';

type JsonObject = { [key: string]: JsonValue };

interface SmithyExample {
  title: string;
  documentation?: string;
  input?: JsonObject;
  output?: JsonObject;
  error?: { shapeId: string; content?: JsonObject };
}

const HTTP_METHODS = new Set<string>(['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);

/** One Smithy operation; `io` resolves input/output (creating empty structures for `Unit`). */
export function importOperation(
  ctx: SmithyContext,
  id: string,
  shape: SmithyShape,
  sourceName: string,
  io: (target: string | undefined, suffix: 'Input' | 'Output') => string,
): OperationIR {
  const note = ctx.report.forShape(sourceName);
  const traits = new TraitReader(shape.traits);
  const http = traits.get<{ method: string; uri: string; code?: number }>('smithy.api#http');
  let method = http?.method.toUpperCase() ?? 'POST';
  if (!http) note('smithy.api#http', 'operation has no HTTP binding; POST / assumed');
  if (!HTTP_METHODS.has(method)) {
    note('smithy.api#http', `unknown method ${preview(method)}; POST used`);
    method = 'POST';
  }
  const examples = (traits.get<SmithyExample[]>('smithy.api#examples') ?? []).map((e) => exampleOf(ctx, e, note));
  const endpoint = traits.get<{ hostPrefix?: unknown }>('smithy.api#endpoint');
  const inputMembers = Object.keys((shape.input && ctx.shapes[shape.input.target]?.members) ?? {});
  const op: OperationIR = compact({
    name: ctx.nameOf(id),
    docs: traits.docs(),
    deprecated: traits.deprecated(),
    http: { method: method as HttpMethod, uri: http?.uri ?? '/', code: http?.code ?? 200 },
    input: io(shape.input?.target, 'Input'),
    output: io(shape.output?.target, 'Output'),
    errors: [...new Set((shape.errors ?? []).map((e) => ctx.nameOf(e.target)))],
    idempotent: traits.has('smithy.api#idempotent') ? true : undefined,
    readonly: traits.has('smithy.api#readonly') ? true : undefined,
    hostPrefix: importHostPrefix(endpoint?.hostPrefix, inputMembers, 'smithy.api#endpoint', note),
    httpChecksumRequired: traits.has('smithy.api#httpChecksumRequired') ? true : undefined,
    requestCompression: importRequestCompression(
      traits.get<{ encodings?: unknown }>('smithy.api#requestCompression')?.encodings,
      'smithy.api#requestCompression',
      note,
    ),
    examples,
  });
  traits.leftovers(note);
  return op;
}

function exampleOf(ctx: SmithyContext, e: SmithyExample, note: (trait: string, message: string) => void): ExampleIR {
  for (const key of Object.keys(e)) {
    if (!['title', 'documentation', 'input', 'output', 'error'].includes(key)) {
      note(`smithy.api#examples.${key}`, `example ${preview(e.title)}: not representable: ${preview((e as unknown as JsonObject)[key])}`);
    }
  }
  return compact({
    title: e.title,
    docs: htmlToMarkdown(e.documentation),
    input: e.input ?? {},
    output: e.error ? undefined : e.output,
    error: e.error ? { shape: ctx.nameOf(e.error.shapeId), content: e.error.content ?? {} } : undefined,
  });
}

/** `InputShapeId$member` for every `{label+}` of an operation URI. */
export function greedyLabelsOf(shapes: Record<string, SmithyShape>, operationIds: string[]): Set<string> {
  const greedy = new Set<string>();
  for (const id of operationIds) {
    const op = shapes[id];
    const http = op?.traits?.['smithy.api#http'] as { uri?: string } | undefined;
    if (!op?.input || !http?.uri) continue;
    for (const match of http.uri.matchAll(/\{([^}]+)\+\}/g)) greedy.add(`${op.input.target}$${match[1]}`);
  }
  return greedy;
}
