import type { ExampleIR, OperationIR, ServiceIR } from '../ir/types.ts';
import { deprecatedNode } from './shapeNode.ts';
import { Quoted, flow } from './yamlText.ts';

function exampleNode(e: ExampleIR): unknown {
  return {
    title: e.title,
    docs: e.docs,
    input: e.input,
    output: e.output,
    error: e.error && { shape: e.error.shape, content: e.error.content },
  };
}

/** One operation; input and output are always written, so nothing depends on the loader's defaults. */
export function operationNode(op: OperationIR): Record<string, unknown> {
  return {
    http: `${op.http.method} ${op.http.uri}`,
    code: op.http.code === 200 ? undefined : op.http.code,
    input: op.input,
    output: op.output,
    errors: op.errors.length ? flow(op.errors) : undefined,
    idempotent: op.idempotent,
    readonly: op.readonly,
    hostPrefix: op.hostPrefix,
    httpChecksumRequired: op.httpChecksumRequired,
    requestCompression: op.requestCompression && flow(op.requestCompression.encodings),
    deprecated: deprecatedNode(op.deprecated),
    docs: op.docs,
    examples: op.examples.length ? op.examples.map(exampleNode) : undefined,
  };
}

export function serviceNode(ir: ServiceIR): Record<string, unknown> {
  const defaults = { name: `@shapecraft/${ir.name}`, version: '0.1.0', license: 'Apache-2.0' };
  const pkg = ir.package;
  const pkgNode = {
    name: pkg.name === defaults.name ? undefined : pkg.name,
    version: pkg.version === defaults.version ? undefined : pkg.version,
    license: pkg.license === defaults.license ? undefined : pkg.license,
  };
  return {
    name: ir.name,
    title: ir.title,
    version: new Quoted(ir.version),
    protocol: ir.protocol,
    signingName: ir.signingName,
    endpoint: ir.endpoint,
    errors: ir.errors.length ? flow(ir.errors) : undefined,
    package: Object.values(pkgNode).some((v) => v !== undefined) ? pkgNode : undefined,
    docs: ir.docs,
  };
}
