import type { ServiceIR, ShapeIR } from '../../ir/types.ts';
import { htmlToMarkdown } from '../common/docs.ts';
import { ShapeNames } from '../common/names.ts';
import { ImportReport, compact, defaultPackage, emptyStructure, preview, serviceNameOf, sortIR } from '../common/index.ts';
import type { ImportNote } from '../common/index.ts';
import type { BotoContext } from './context.ts';
import { noteUnknownKeys } from '../common/index.ts';
import { isBotoModel } from './model.ts';
import type { BotoRef } from './model.ts';
import { greedyLabelsOf, importOperation } from './operations.ts';
import { importShape } from './shapes.ts';

export interface ImportOptions {
  /** Service name to use instead of the one derived from `endpointPrefix`. */
  name?: string;
}

export interface ImportResult {
  ir: ServiceIR;
  report: ImportNote[];
}

const METADATA_KEYS = new Set([
  'apiVersion', 'endpointPrefix', 'serviceFullName', 'signingName', 'protocol', 'protocols',
  'signatureVersion', 'uid', 'jsonVersion',
]);

/** The one auth scheme the generated client speaks. */
const SIGV4 = 'aws.auth#sigv4';

/** botocore `service-2.json` (rest-json) → IR, with a note for everything the IR cannot hold. */
export function importBotocore(json: unknown, opts: ImportOptions = {}): ImportResult {
  if (!isBotoModel(json)) throw new TypeError('not a botocore service model: metadata, operations and shapes are required');
  const model = json;
  const report = new ImportReport();
  const meta = model.metadata;
  const note = report.forShape('(service)');
  const protocols = (meta.protocols as string[] | undefined) ?? [meta.protocol];
  if (!protocols.includes('rest-json')) note('protocol', `only rest-json maps onto restJson1; model says ${preview(protocols)}`);
  if (meta.signatureVersion !== undefined && meta.signatureVersion !== 'v4') note('signatureVersion', `only SigV4 is supported: ${preview(meta.signatureVersion)}`);
  if (meta.auth !== undefined) {
    // Each other scheme (e.g. smithy.api#httpBearerAuth) is lost, as the Smithy importer reports its auth traits.
    const schemes = Array.isArray(meta.auth) ? meta.auth : [meta.auth];
    for (const scheme of schemes) {
      if (scheme !== SIGV4) note('metadata.auth', `auth scheme ${preview(scheme)} not representable in the IR: requests are signed with SigV4 only`);
    }
  }
  noteUnknownKeys(note, meta, new Set([...METADATA_KEYS, 'auth']), 'metadata.');
  noteUnknownKeys(note, model, new Set(['version', 'metadata', 'operations', 'shapes', 'documentation']));

  // Operations and shapes share one namespace in the model format.
  const names = new ShapeNames([...Object.keys(model.shapes), ...Object.keys(model.operations)]);
  for (const r of names.renamed) report.add({ shape: r.from, trait: 'name', message: `renamed to ${r.to}: ${r.why}` });
  const jsonValueShapes = new Set(
    Object.values(model.shapes).flatMap((shape) => Object.values(shape.members ?? {}).filter((m) => m.jsonvalue === true).map((m) => m.shape)),
  );
  const ctx: BotoContext = { model, names, report, greedyLabels: greedyLabelsOf(Object.values(model.operations)), jsonValueShapes };

  const shapes: ShapeIR[] = Object.entries(model.shapes).map(([name, shape]) => importShape(ctx, name, shape));
  const ioName = (opName: string) => (ref: BotoRef | undefined, suffix: 'Input' | 'Output') => {
    if (ref) return names.get(ref.shape);
    const name = names.fresh(`${names.get(opName)}${suffix}`);
    shapes.push(emptyStructure(name));
    return name;
  };
  const operations = Object.entries(model.operations).map(([name, op]) => importOperation(ctx, name, op, ioName(name)));

  const name = opts.name ?? serviceNameOf(meta.endpointPrefix);
  const ir: ServiceIR = compact({
    name,
    title: meta.serviceFullName,
    version: meta.apiVersion,
    docs: htmlToMarkdown(model.documentation),
    protocol: 'restJson1' as const,
    signingName: meta.signingName ?? meta.endpointPrefix,
    endpoint: `https://${meta.endpointPrefix}.{region}.amazonaws.com`,
    errors: [],
    operations,
    shapes,
    package: defaultPackage(name),
  });
  return { ir: sortIR(ir), report: report.sorted() };
}
