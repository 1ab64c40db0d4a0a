import type { ServiceIR, ShapeIR } from '../../ir/types.ts';
import { ShapeNames } from '../common/names.ts';
import { ImportReport, compact, defaultPackage, emptyStructure, noteUnknownKeys, preview, serviceNameOf, sortIR } from '../common/index.ts';
import type { ImportResult, ImportOptions } from '../botocore/index.ts';
import { operationsOf } from './closure.ts';
import type { SmithyContext } from './context.ts';
import { flattenModel } from './mixins.ts';
import { PRELUDE, isSmithyModel, localName, namespaceOf } from './model.ts';
import type { SmithyShape } from './model.ts';
import { greedyLabelsOf, importOperation } from './operations.ts';
import { UNIT, preludeShape } from './prelude.ts';
import { importShape } from './shapes.ts';
import { TraitReader } from './traits.ts';

/** Shape types that are not data: they become the service and operations, or nothing. */
const NON_DATA = new Set(['service', 'operation', 'resource']);

/** Smithy JSON AST (one restJson1 service) → IR, with a note for everything the IR cannot hold. */
export function importSmithy(json: unknown, opts: ImportOptions = {}): ImportResult {
  if (!isSmithyModel(json)) throw new TypeError('not a Smithy JSON AST model: "smithy" and "shapes" are required');
  const report = new ImportReport();
  const shapes = flattenModel(json, report);
  const services = Object.keys(shapes).filter((id) => shapes[id].type === 'service').sort();
  if (services.length !== 1) throw new TypeError(`expected exactly one service shape, found ${services.length}`);
  const serviceId = services[0];
  const service = shapes[serviceId];
  for (const key of Object.keys(json.metadata ?? {})) {
    report.add({ shape: '(service)', trait: `metadata.${key}`, message: `not representable in the IR: ${preview(json.metadata![key])}` });
  }
  for (const id of Object.keys(shapes).sort()) {
    if (shapes[id].type === 'resource') report.add({ shape: localName(id), trait: 'resource', message: 'resources are flattened: their operations are kept, identifiers and lifecycle are not' });
  }

  const operationIds = operationsOf(shapes, serviceId);
  const dataIds = Object.keys(shapes).filter((id) => !NON_DATA.has(shapes[id].type)).sort();
  const named = [...dataIds, ...operationIds];
  const finalName = assignNames(named, namespaceOf(serviceId), report);

  // Prelude targets become plain shapes, named after the model's own shapes have theirs.
  const preludeShapes: ShapeIR[] = [];
  const preludeNames = new Map<string, string>();
  const nameOf = (id: string): string => {
    const known = finalName.names.get(id);
    if (known !== undefined) return known;
    if (namespaceOf(id) === PRELUDE) {
      let name = preludeNames.get(id);
      if (name === undefined) {
        name = finalName.allocator.fresh(localName(id));
        preludeNames.set(id, name);
        const shape = preludeShape(localName(id), name) ?? emptyStructure(name);
        if (id === UNIT || localName(id).startsWith('Primitive')) {
          report.add({ shape: localName(id), trait: 'prelude', message: id === UNIT ? `a Unit member target becomes the empty structure ${name}` : `the zero default of ${id} lives on the members that target it` });
        }
        preludeShapes.push(shape);
      }
      return name;
    }
    report.add({ shape: localName(id), trait: 'target', message: `unknown shape ${id}; a document stands in for it` });
    const name = finalName.allocator.fresh(localName(id));
    finalName.names.set(id, name);
    preludeShapes.push({ name, type: 'document' });
    return name;
  };

  const ctx: SmithyContext = {
    shapes,
    report,
    nameOf,
    greedyLabels: greedyLabelsOf(shapes, operationIds),
    freshName: (wanted) => finalName.allocator.fresh(wanted),
    addShape: (shape) => preludeShapes.push(shape),
  };
  const irShapes: ShapeIR[] = dataIds.map((id) => importShape(ctx, id, shapes[id], localName(id)));
  const io = (opId: string) => (target: string | undefined, suffix: 'Input' | 'Output') => {
    if (target !== undefined && target !== UNIT) return nameOf(target);
    const name = finalName.allocator.fresh(`${nameOf(opId)}${suffix}`);
    irShapes.push(emptyStructure(name));
    return name;
  };
  const operations = operationIds.map((id) => importOperation(ctx, id, shapes[id], localName(id), io(id)));

  return { ir: sortIR(serviceIR(ctx, serviceId, service, opts, operations, [...irShapes, ...preludeShapes])), report: report.sorted() };
}

/** Names without namespaces; a clash keeps the service's namespace first, the rest are numbered. */
function assignNames(ids: string[], serviceNamespace: string, report: ImportReport) {
  const byLocal = new Map<string, string[]>();
  for (const id of ids) byLocal.set(localName(id), [...(byLocal.get(localName(id)) ?? []), id]);
  const primary = new Map<string, string>();
  const secondary: string[] = [];
  for (const [local, group] of byLocal) {
    group.sort((a, b) => Number(namespaceOf(b) === serviceNamespace) - Number(namespaceOf(a) === serviceNamespace) || (a < b ? -1 : 1));
    primary.set(group[0], local);
    secondary.push(...group.slice(1));
  }
  const allocator = new ShapeNames(primary.values());
  const names = new Map<string, string>();
  for (const [id, local] of primary) names.set(id, allocator.get(local));
  for (const r of allocator.renamed) report.add({ shape: r.from, trait: 'name', message: `renamed to ${r.to}: ${r.why}` });
  for (const id of secondary.sort()) {
    const name = allocator.fresh(localName(id));
    names.set(id, name);
    report.add({ shape: localName(id), trait: 'name', message: `${id} renamed to ${name}: another namespace has a shape of the same name` });
  }
  return { names, allocator };
}

function serviceIR(
  ctx: SmithyContext,
  serviceId: string,
  service: SmithyShape,
  opts: ImportOptions,
  operations: ServiceIR['operations'],
  shapes: ShapeIR[],
): ServiceIR {
  const note = ctx.report.forShape(localName(serviceId));
  const traits = new TraitReader(service.traits);
  const aws = traits.get<{ sdkId?: string; endpointPrefix?: string; arnNamespace?: string; [k: string]: unknown }>('aws.api#service');
  const sigv4 = traits.get<{ name: string }>('aws.auth#sigv4');
  if (!traits.has('aws.protocols#restJson1')) note('protocol', 'service is not restJson1; imported as restJson1 anyway');
  if (!sigv4) note('aws.auth#sigv4', 'service does not use SigV4; signed with SigV4 anyway');
  noteUnknownKeys(note, aws ?? {}, new Set(['endpointPrefix']), 'aws.api#service.');
  const endpointPrefix = aws?.endpointPrefix ?? aws?.arnNamespace ?? localName(serviceId).toLowerCase();
  const name = opts.name ?? serviceNameOf(endpointPrefix);
  const ir: ServiceIR = compact({
    name,
    title: traits.get<string>('smithy.api#title') ?? aws?.sdkId ?? localName(serviceId),
    version: service.version ?? '',
    docs: traits.docs(),
    protocol: 'restJson1' as const,
    signingName: sigv4?.name ?? endpointPrefix,
    endpoint: `https://${endpointPrefix}.{region}.amazonaws.com`,
    errors: [...new Set((service.errors ?? []).map((e) => ctx.nameOf(e.target)))],
    operations,
    shapes,
    package: defaultPackage(name),
  });
  traits.leftovers(note);
  noteUnknownKeys(note, service, new Set(['type', 'version', 'operations', 'resources', 'errors', 'traits']));
  return ir;
}
