import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type {
  Deprecation, EnumValueIR, ExampleIR, HttpBindingIR, HttpMethod, JsonValue, MemberIR, MemberTraitsIR,
  OperationIR, RuleIR, ServiceIR, ShapeIR,
} from '../ir/types.ts';
import type { ParsedModelFile } from '../load/parseModelFile.ts';
import { byName, ModelOrigins } from './origins.ts';

/* The raw forms below are what the format schema has already admitted; resolution only reshapes. */
type Raw = Record<string, any>;

export interface ResolvedModel {
  ir?: ServiceIR;
  origins: ModelOrigins;
  diagnostics: Diagnostic[];
}

export interface ResolveOptions {
  /**
   * The service was written but left out for an error already reported (a format error in it, or
   * a file that could not be read): the rest is resolved around a stand-in service, so it is still
   * checked, and no second error says the service is missing.
   */
  serviceLeftOut?: boolean;
  /** Where "no service" points when every file was left out: the model's first file. */
  firstFile?: string;
}

/** Stands in for a service left out for an error already reported; never reaches an emitter. */
const LEFT_OUT_SERVICE: Raw = { name: 'unknown', title: 'unknown', version: '0', signingName: 'unknown', endpoint: 'https://unknown' };

/**
 * Merges the files of a model and turns the concise YAML forms into the IR: defaults filled in,
 * short forms expanded, everything sorted. References are not checked here (see check/semantic).
 */
export function resolveModel(files: ParsedModelFile[], options: ResolveOptions = {}): ResolvedModel {
  const origins = new ModelOrigins();
  const diagnostics: Diagnostic[] = [];
  const rawShapes = new Map<string, Raw>();
  const rawOperations = new Map<string, Raw>();
  let rawService: Raw | undefined;
  let serviceFile: ParsedModelFile | undefined;

  for (const file of files) {
    const data = (file.data ?? {}) as Raw;
    if (data.service) {
      if (serviceFile) {
        diagnostics.push({
          code: 'SC2010',
          severity: 'error',
          message: 'a second service definition',
          hint: `the service is already defined in ${serviceFile.file}; a model has exactly one`,
          location: file.locate(['service'], 'key'),
        });
      } else {
        rawService = data.service;
        serviceFile = file;
        origins.record('service', 'service', file, ['service']);
      }
    }
    for (const [kind, table, key] of [
      ['operation', rawOperations, 'operations'],
      ['shape', rawShapes, 'shapes'],
    ] as const) {
      for (const [name, value] of Object.entries((data[key] ?? {}) as Raw)) {
        if (table.has(name)) {
          diagnostics.push({
            code: 'SC2002',
            severity: 'error',
            message: `${kind} '${name}' is defined twice`,
            hint: `the first definition is at ${formatLocation(origins.locate(kind, name))}; remove or rename one`,
            location: file.locate([key, name], 'key'),
          });
          continue;
        }
        table.set(name, value as Raw);
        origins.record(kind, name, file, [key, name]);
      }
    }
  }

  if (!rawService && options.serviceLeftOut) rawService = LEFT_OUT_SERVICE;
  if (!rawService) {
    const firstFile = files[0]?.file ?? options.firstFile;
    diagnostics.push({
      code: 'SC2010',
      severity: 'error',
      message: 'the model has no service definition',
      hint: "add a top-level 'service:' key to one file (see docs/model-format.md)",
      location: firstFile === undefined ? undefined : { file: firstFile, line: 1, column: 1 },
    });
    return { origins, diagnostics };
  }

  const shapes: ShapeIR[] = [];
  for (const [name, raw] of rawShapes) shapes.push(resolveShape(name, raw, origins));

  const operations: OperationIR[] = [];
  for (const [name, raw] of rawOperations) {
    const op = resolveOperation(name, raw, origins);
    for (const side of ['input', 'output'] as const) {
      if (raw[side] === undefined) op[side] = emptyStructureFor(op, side, rawShapes, shapes, origins, diagnostics);
    }
    operations.push(op);
  }

  const pkg = (rawService.package ?? {}) as Raw;
  const ir: ServiceIR = {
    name: rawService.name,
    title: rawService.title,
    version: String(rawService.version),
    ...(rawService.docs !== undefined && { docs: rawService.docs }),
    protocol: 'restJson1',
    signingName: rawService.signingName,
    endpoint: rawService.endpoint,
    errors: [...(rawService.errors ?? [])],
    operations: operations.sort(byName),
    shapes: shapes.sort(byName),
    package: {
      name: pkg.name ?? `@shapecraft/${rawService.name}`,
      version: pkg.version ?? '0.1.0',
      license: pkg.license ?? 'Apache-2.0',
    },
  };
  return { ir, origins, diagnostics };
}

/**
 * An operation without an input or output still gets an (empty) structure, so that every emitter
 * can treat all operations alike. It is named `<Op>Input` / `<Op>Output`; a shape of the user's
 * with that name is never adopted in its place (its members would silently become the
 * operation's), but reported at both places.
 */
function emptyStructureFor(
  op: OperationIR,
  side: 'input' | 'output',
  rawShapes: Map<string, Raw>,
  shapes: ShapeIR[],
  origins: ModelOrigins,
  diagnostics: Diagnostic[],
): string {
  const synthetic = `${op.name}${side === 'input' ? 'Input' : 'Output'}`;
  if (rawShapes.has(synthetic)) {
    reportSyntheticCollision(op, side, synthetic, origins, diagnostics);
    // A name no model can write stands in, so the checks that follow see an empty structure and
    // do not repeat the mistake; the model has an error, so it never reaches an emitter.
    const standIn = `${synthetic} (empty)`;
    shapes.push({ name: standIn, type: 'structure', members: [], rules: [], location: op.location });
    return standIn;
  }
  shapes.push({ name: synthetic, type: 'structure', members: [], rules: [], location: op.location });
  rawShapes.set(synthetic, { type: 'structure' });
  return synthetic;
}

function reportSyntheticCollision(op: OperationIR, side: 'input' | 'output', synthetic: string, origins: ModelOrigins, diagnostics: Diagnostic[]): void {
  const opAt = origins.locate('operation', op.name);
  const shapeAt = origins.locate('shape', synthetic);
  diagnostics.push({
    code: 'SC2009',
    severity: 'error',
    message: `'${op.name}' has no ${side}, and its generated empty ${side} '${synthetic}' would collide with the shape of that name`,
    hint: `if '${synthetic}' is its ${side}, write '${side}: ${synthetic}'; otherwise rename the shape (defined at ${formatLocation(shapeAt)})`,
    location: opAt,
  });
  diagnostics.push({
    code: 'SC2009',
    severity: 'error',
    message: `shape '${synthetic}' has the name of the empty ${side} generated for '${op.name}', which has no ${side}`,
    hint: `rename the shape, or write '${side}: ${synthetic}' on '${op.name}' (at ${formatLocation(opAt)})`,
    location: shapeAt,
  });
}

function formatLocation(location: { file: string; line: number; column: number } | undefined): string {
  return location ? `${location.file}:${location.line}:${location.column}` : 'another file';
}

function deprecation(raw: unknown): Deprecation | undefined {
  if (raw === undefined || raw === false) return undefined;
  if (raw === true) return {};
  return { ...(raw as Deprecation) };
}

/** Drops keys whose value is undefined, so IR objects compare and serialise cleanly. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** `in-progress` → `IN_PROGRESS`; `2xx` → `_2XX`: the symbolic name of an enum value without one. */
export function enumNameOf(value: string): string {
  const name = value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (name === '') return 'EMPTY';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function enumValues(raw: unknown[]): EnumValueIR[] {
  return raw.map((v) =>
    typeof v === 'string'
      ? { name: enumNameOf(v), value: v }
      : compact({
          name: (v as Raw).name ?? enumNameOf((v as Raw).value),
          value: (v as Raw).value,
          docs: (v as Raw).docs,
          deprecated: deprecation((v as Raw).deprecated),
        }),
  );
}

function memberTraits(raw: Raw): MemberTraitsIR {
  return compact({
    length: raw.length && { ...raw.length },
    range: raw.range && { ...raw.range },
    pattern: raw.pattern,
    timestampFormat: raw.timestampFormat,
    jsonName: raw.jsonName,
  });
}

function httpBinding(raw: unknown, memberName: string): HttpBindingIR | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'label') return { kind: 'label', name: memberName };
  if (raw === 'payload') return { kind: 'payload' };
  if (raw === 'statusCode') return { kind: 'statusCode' };
  if (raw === 'queryParams') return { kind: 'queryParams' };
  const [kind, value] = Object.entries(raw as Raw)[0];
  if (kind === 'prefixHeaders') return { kind: 'prefixHeaders', prefix: value };
  return { kind: kind as 'label' | 'query' | 'header', name: value };
}

function resolveMember(owner: string, name: string, raw: unknown, origins: ModelOrigins): MemberIR {
  const location = origins.locate('shape', owner, ['members', name], 'key');
  if (typeof raw === 'string') return compact({ name, target: raw, required: false, location });
  const r = raw as Raw;
  return compact({
    name,
    target: r.target,
    docs: r.docs,
    required: r.required === true,
    default: r.default as JsonValue | undefined,
    deprecated: deprecation(r.deprecated),
    sensitive: r.sensitive === true ? true : undefined,
    http: httpBinding(r.http, name),
    idempotencyToken: r.idempotencyToken === true ? true : undefined,
    hostLabel: r.hostLabel === true ? true : undefined,
    ...memberTraits(r),
    location,
  });
}

function resolveRule(raw: Raw, index: number, owner: string, origins: ModelOrigins): RuleIR {
  const location = origins.locate('shape', owner, ['rules', index]);
  const docs = raw.docs;
  if (raw.requires) return compact({ kind: 'requiresAll', members: [...raw.requires], when: raw.when, docs, location });
  const kind = (['atMostOneOf', 'exactlyOneOf', 'allOrNone'] as const).find((k) => raw[k]) ?? 'atMostOneOf';
  return compact({ kind, members: [...raw[kind]], docs, location });
}

function resolveShape(name: string, raw: Raw, origins: ModelOrigins): ShapeIR {
  const common = compact({
    name,
    docs: raw.docs as string | undefined,
    deprecated: deprecation(raw.deprecated),
    sensitive: raw.sensitive === true ? true : undefined,
    location: origins.locate('shape', name),
  });
  const collectionMember = (value: unknown): { target: string; traits?: MemberTraitsIR } => {
    if (typeof value === 'string') return { target: value };
    const traits = memberTraits(value as Raw);
    return { target: (value as Raw).target, traits: Object.keys(traits).length > 0 ? traits : undefined };
  };
  switch (raw.type) {
    case 'string':
      return compact({
        ...common,
        type: 'string',
        length: raw.length && { ...raw.length },
        pattern: raw.pattern,
        knownValues: raw.knownValues && enumValues(raw.knownValues),
        mediaType: raw.mediaType,
      });
    case 'enum':
      return { ...common, type: 'enum', values: enumValues(raw.values) };
    case 'intEnum':
      return {
        ...common,
        type: 'intEnum',
        values: (raw.values as Raw[]).map((v) => compact({ name: v.name, value: v.value, docs: v.docs, deprecated: deprecation(v.deprecated) })),
      };
    case 'boolean':
    case 'document':
      return { ...common, type: raw.type };
    case 'blob':
      return compact({ ...common, type: 'blob', length: raw.length && { ...raw.length }, streaming: raw.streaming || undefined, mediaType: raw.mediaType });
    case 'timestamp':
      return compact({ ...common, type: 'timestamp', format: raw.format });
    case 'list': {
      const member = collectionMember(raw.member);
      return compact({
        ...common,
        type: 'list',
        member: member.target,
        length: raw.length && { ...raw.length },
        uniqueItems: raw.uniqueItems || undefined,
        sparse: raw.sparse || undefined,
        memberTraits: member.traits,
      });
    }
    case 'map': {
      const value = collectionMember(raw.value);
      return compact({
        ...common,
        type: 'map',
        key: raw.key,
        value: value.target,
        length: raw.length && { ...raw.length },
        sparse: raw.sparse || undefined,
        valueTraits: value.traits,
      });
    }
    case 'structure':
      return compact({
        ...common,
        type: 'structure',
        members: Object.entries((raw.members ?? {}) as Raw).map(([m, v]) => resolveMember(name, m, v, origins)),
        rules: ((raw.rules ?? []) as Raw[]).map((r, i) => resolveRule(r, i, name, origins)),
        error: raw.error && compact({
          fault: raw.error.fault,
          httpStatus: raw.error.status,
          retryable: raw.error.retryable,
          throttling: raw.error.throttling,
          code: raw.error.code,
        }),
      });
    case 'union':
      return { ...common, type: 'union', members: Object.entries(raw.members as Raw).map(([m, v]) => resolveMember(name, m, v, origins)) };
    default:
      return compact({ ...common, type: raw.type, range: raw.range && { ...raw.range } });
  }
}

function resolveOperation(name: string, raw: Raw, origins: ModelOrigins): OperationIR {
  const [method, uri] = String(raw.http).split(' ');
  const examples: ExampleIR[] = ((raw.examples ?? []) as Raw[]).map((e) =>
    compact({ title: e.title, docs: e.docs, input: e.input, output: e.output, error: e.error && { shape: e.error.shape, content: e.error.content ?? {} } }),
  );
  return compact({
    name,
    docs: raw.docs,
    deprecated: deprecation(raw.deprecated),
    http: { method: method as HttpMethod, uri, code: raw.code ?? 200 },
    input: raw.input,
    output: raw.output,
    errors: [...(raw.errors ?? [])],
    idempotent: raw.idempotent,
    readonly: raw.readonly,
    hostPrefix: raw.hostPrefix,
    httpChecksumRequired: raw.httpChecksumRequired === true ? true : undefined,
    requestCompression: raw.requestCompression && { encodings: [...raw.requestCompression] },
    examples,
    location: origins.locate('operation', name),
  });
}
