/**
 * The view of one operation: everything its Markdown, RST and HTML pages show, as plain data.
 * Hrefs are relative to the docs root; each page template prefixes its own `root`.
 */
import { DEFAULT_MIN_BYTES } from '../../../../templates/runtime/client/compression.ts';
import type { OperationIR, StructureShapeIR } from '../../../ir/types.ts';
import { typeNameOf } from '../../../ir/names.ts';
import { operationFunctionName, snakeCaseOf } from '../../../ir/names.ts';
import { validatorNames } from '../../client/naming.ts';
import { summaryOf } from '../text/parseDocs.ts';
import { treeOf, type TreeContext, type TreeView } from './memberTree.ts';
import { pythonRequestSyntax, pythonResponseSyntax } from './pythonSyntax.ts';
import { tsKey, tsValueLiteral } from './tsLiteral.ts';

export interface ErrorView {
  name: string;
  href?: string;
  status: number;
  client: boolean;
  server: boolean;
  retryable: boolean;
  throttling: boolean;
  /** Wire code when it differs from the name. */
  code?: string;
  summary: string;
}

export interface ExampleView {
  title?: string;
  docs?: string;
  /** TypeScript expression of the input, already valid source (model strings via tsString). */
  input: string;
  /** The output, indented to sit in a mock handler (see the README template). */
  output: string;
}

/** Depth of a mock handler's return value in the README's example. */
const HANDLER_INDENT = '    ';

export interface OperationView {
  name: string;
  /** Client method: `associateWhatsAppBusinessAccount`. */
  method: string;
  /** The operation's key in the mock server's handlers, as TypeScript source. */
  handlerKey: string;
  /** boto3 method: `associate_whatsapp_business_account`. */
  snakeName: string;
  validateInput: string;
  validateOutput: string;
  docs?: string;
  summary: string;
  deprecated?: { message?: string; since?: string };
  http: { method: string; uri: string; code: number };
  idempotent: boolean;
  readonly: boolean;
  /** Put in front of the endpoint's host; `hostLabels` are the request members filling its labels. */
  hostPrefix?: string;
  hostLabels: string[];
  /** The client sends `Content-MD5`. */
  checksumRequired: boolean;
  /** Content codings the client may compress the request body with (`gzip`), and from what size by default. */
  requestCompression?: { encodings: string; minBytes: number };
  /** The model's examples, or one made up from the shapes when it has none. */
  examples: ExampleView[];
  madeUpExample: boolean;
  request: TreeView;
  response: TreeView;
  errors: ErrorView[];
  /** boto3-style request and response syntax, for the RST pages only (see ServiceViewOptions). */
  pythonRequest?: string;
  pythonResponse?: string;
}

export function errorView(shape: StructureShapeIR, ctx: TreeContext): ErrorView {
  const error = shape.error;
  return {
    name: typeNameOf(shape.name),
    href: ctx.href(shape.name),
    status: error?.httpStatus ?? 0,
    client: error?.fault === 'client',
    server: error?.fault === 'server',
    retryable: error?.retryable === true,
    throttling: error?.throttling === true,
    code: error?.code && error.code !== shape.name ? error.code : undefined,
    summary: summaryOf(shape.docs),
  };
}

export function operationView(op: OperationIR, ctx: TreeContext, pythonSyntax: boolean): OperationView {
  const { facts } = ctx;
  const snakeName = snakeCaseOf(op.name);
  const modelExamples = op.examples.filter((e) => !e.error);
  const examples: ExampleView[] = modelExamples.length
    ? modelExamples.map((e) => ({
        title: e.title,
        docs: e.docs,
        input: tsValueLiteral(facts, op.input, e.input),
        output: tsValueLiteral(facts, op.output, e.output, HANDLER_INDENT),
      }))
    : [{ input: tsValueLiteral(facts, op.input), output: tsValueLiteral(facts, op.output, undefined, HANDLER_INDENT) }];
  return {
    name: op.name,
    method: operationFunctionName(op),
    handlerKey: tsKey(op.name),
    snakeName,
    validateInput: validatorNames(op).input,
    validateOutput: validatorNames(op).output,
    docs: op.docs,
    summary: summaryOf(op.docs),
    deprecated: op.deprecated && { message: op.deprecated.message, since: op.deprecated.since },
    http: { ...op.http },
    idempotent: op.idempotent === true,
    readonly: op.readonly === true,
    hostPrefix: op.hostPrefix,
    hostLabels: [...(op.hostPrefix ?? '').matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]),
    checksumRequired: op.httpChecksumRequired === true,
    requestCompression: op.requestCompression && { encodings: op.requestCompression.encodings.join(', '), minBytes: DEFAULT_MIN_BYTES },
    examples,
    madeUpExample: modelExamples.length === 0,
    request: treeOf(op.input, 'request', ctx),
    response: treeOf(op.output, 'response', ctx),
    errors: facts.errorsOf(op).map((e) => errorView(e, ctx)),
    ...(pythonSyntax && { pythonRequest: pythonRequestSyntax(facts, snakeName, op.input), pythonResponse: pythonResponseSyntax(facts, op.output) }),
  };
}
