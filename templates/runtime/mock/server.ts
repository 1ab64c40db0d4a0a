/**
 * The mock server runtime (node:http, no framework): routes by method and URI template, parses the
 * request with the same protocol runtime the client uses, validates it with the generated
 * validators, calls the user's handler (or answers the model's example), and writes outputs and
 * errors the way the real service does. Abusive input gets a prompt 4xx (see limits.ts); nothing a
 * client sends can crash it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OperationDefinition } from '../client/client.js';
import { ServiceException } from '../client/exceptions.js';
import { redactIssues } from '../client/redact.js';
import { type Bag, SerdeError } from '../protocol/data.js';
import { serializeError } from '../protocol/errors.js';
import type { HttpResponseParts } from '../protocol/http.js';
import { compileRoute, matchRoute, parseRequest, type Route } from '../protocol/request.js';
import { serializeResponse } from '../protocol/response.js';
import { bodyMembers, type OperationSchema, payloadMember, resolve } from '../protocol/schema.js';
import type { ValidationIssue } from '../validation.js';
import { decodeBody, EncodingError } from './encoding.js';
import { exampleFor, exampleValue, type MatchableExample, matchableExamples, type MockExample } from './examples.js';
import { DEFAULT_LIMITS, hasLongString, type MockLimits, tooDeep } from './limits.js';

export type { MockLimits };

/** What a handler learns about the request besides its input. */
export interface MockContext {
  operation: string;
  requestId: string;
  headers: Record<string, string | string[] | undefined>;
}

export type MockHandler = (input: never, context: MockContext) => unknown;

export interface MockOperation {
  definition: OperationDefinition<unknown, unknown>;
  /** The model's examples of the operation, in model form (see examples.ts). */
  examples?: readonly MockExample[];
}

export interface MockOptions {
  /**
   * Handlers by operation name. An operation without one answers from the model's examples: the
   * example whose input the request matches (its output, or its modeled error), else the first
   * example output, else an empty output.
   */
  handlers?: Record<string, MockHandler | undefined>;
  limits?: Partial<MockLimits>;
  /** Check every output with the generated validators before sending it (a handler bug is a 500). */
  validateResponses?: boolean;
}

export interface MockServer {
  server: Server;
  /** Listens on loopback; resolves to the base URL. Port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

interface CompiledOperation extends MockOperation {
  /** The definition's wire schema, which the mock reads everything from but the validators. */
  schema: OperationSchema;
  route: Route;
  /** The examples' inputs as requests parse, and what each answers, worked out once at start. */
  matchable: (MatchableExample & { answer: Answer })[];
  /** What a request that matches no example gets. */
  fallback: Answer;
}

/** A request that cannot be served, as an AWS-style error response. */
class Reject extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Bag,
  ) {
    super(message);
  }
}

export function startMockServer(operations: MockOperation[], options: MockOptions = {}): MockServer {
  const limits: MockLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const compiled: CompiledOperation[] = operations
    .map((op) => {
      const schema = op.definition.schema;
      if (!schema) throw new Error(`${op.definition.name}: the mock server needs an operation's exported definition (<Operation>Operation), which carries its wire schema`);
      const examples = op.examples ?? [];
      const matchable = matchableExamples(examples, schema.input).map((m) => ({ ...m, answer: answerOf(op.definition, schema, m.example) }));
      const fallback = answerOf(op.definition, schema, examples.find((e) => e.output !== undefined));
      return { ...op, schema, route: compileRoute(schema.uri), matchable, fallback };
    })
    .sort((a, b) => b.route.specificity - a.route.specificity);
  const server = createServer({ requestTimeout: limits.requestTimeoutMs, headersTimeout: limits.requestTimeoutMs }, (req, res) => {
    handle(compiled, options, limits, req, res).catch(() => {
      // The handler already answers every failure; this guards the writing of the answer itself.
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  // Malformed HTTP (bad request line, oversized headers) never reaches the handler.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return {
    server,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolvePromise(`http://${host}:${address.port}`);
        });
      }),
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

async function handle(operations: CompiledOperation[], options: MockOptions, limits: MockLimits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = crypto.randomUUID();
  let response: HttpResponseParts;
  try {
    response = await serve(operations, options, limits, req, requestId);
  } catch (error) {
    response = errorResponse(error);
    if (error instanceof Reject && error.status === 413) res.setHeader('Connection', 'close');
  }
  const body = response.body === undefined ? undefined : typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
  res.writeHead(response.status, { ...response.headers, 'x-amzn-requestid': requestId, 'content-length': String(body?.length ?? 0) });
  res.end(body);
}

async function serve(operations: CompiledOperation[], options: MockOptions, limits: MockLimits, req: IncomingMessage, requestId: string): Promise<HttpResponseParts> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://mock');
  } catch {
    throw new Reject(400, 'SerializationException', 'the request target is not a valid URL');
  }
  let matched: { op: CompiledOperation; labels: Record<string, string> } | undefined;
  for (const op of operations) {
    if (op.schema.method !== req.method) continue;
    const labels = matchRoute(op.route, url.pathname, url.searchParams);
    if (labels) {
      matched = { op, labels };
      break;
    }
  }
  if (!matched) throw new Reject(404, 'UnknownOperationException', `no operation matches ${req.method} ${url.pathname}`);
  const { op, labels } = matched;
  const { definition, schema } = op;

  const raw = await readBody(req, limits.maxBodyBytes);
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  let body: Buffer;
  try {
    body = decodeBody(definition, headers, raw, limits.maxBodyBytes);
  } catch (e) {
    if (e instanceof EncodingError) throw new Reject(e.status, e.status === 413 ? 'RequestEntityTooLargeException' : 'SerializationException', e.message);
    throw e;
  }
  const texts = [...Object.values(labels), ...url.searchParams.values(), ...Object.values(headers)];
  if (texts.some((t) => t.length > limits.maxStringLength)) throw tooLong(limits);
  if (body.length > 0 && expectsJson(schema) && tooDeep(body.toString('utf8'), limits.maxDepth)) {
    throw new Reject(400, 'SerializationException', `the JSON nests deeper than ${limits.maxDepth} levels`);
  }

  let input: Bag;
  try {
    input = parseRequest(schema, labels, url.searchParams, headers, body);
  } catch (e) {
    if (e instanceof SerdeError || e instanceof RangeError) throw new Reject(400, 'SerializationException', `the request is malformed: ${e.message}`);
    throw e;
  }
  if (hasLongString(input, limits.maxStringLength)) throw tooLong(limits);
  const issues = definition.validateInput(input);
  if (issues.length > 0) throw validationError(redactIssues(definition.redactInput, issues));

  let output: unknown;
  const handler = options.handlers?.[definition.name];
  if (!handler) {
    const answer = exampleAnswer(op, input);
    if ('response' in answer) return answer.response;
    if ('problem' in answer) throw new Reject(500, 'InternalFailure', answer.problem);
    output = answer.output;
  } else {
    try {
      output = await handler(input as never, { operation: definition.name, requestId, headers: req.headers });
    } catch (error) {
      const errorClass = error instanceof ServiceException ? definition.errors.find((e) => error instanceof e) : undefined;
      const errorSchema = errorClass && schema.errors.find((e) => e.name === errorClass.info.name);
      if (errorSchema) return serializeError(errorSchema, error as unknown as Bag);
      throw new Reject(500, 'InternalFailure', `the ${definition.name} handler failed`);
    }
  }
  const outputBag = (output ?? {}) as Bag;
  const outputIssues = options.validateResponses ? (definition.validateOutput?.(outputBag) ?? []) : [];
  if (outputIssues.length > 0) {
    const list = redactIssues(definition.redactOutput, outputIssues).map((i) => `${i.path || '/'}: ${i.message}`);
    throw new Reject(500, 'InternalFailure', `the ${definition.name} handler returned an invalid output: ${list.join('; ')}`);
  }
  try {
    return serializeResponse(schema, outputBag);
  } catch (e) {
    if (e instanceof SerdeError) throw new Reject(500, 'InternalFailure', `the ${definition.name} handler returned an output of the wrong type: ${e.message}`);
    throw e;
  }
}

/**
 * What an example answers, worked out once when the server starts: the output as the values a
 * handler would return, or the modeled error already in its wire form, or why it cannot answer.
 */
type Answer = { output: Bag } | { response: HttpResponseParts } | { problem: string };

function answerOf(definition: OperationDefinition<unknown, unknown>, schema: OperationSchema, example: MockExample | undefined): Answer {
  if (!example?.error) return { output: exampleValue(schema.output, example?.output ?? {}) as Bag };
  const shape = example.error.shape;
  const errorSchema = definition.errors.some((e) => e.info.name === shape) ? schema.errors.find((e) => e.name === shape) : undefined;
  // The loader checks that an example's error is one of the operation's; a hand-edited mock may not.
  if (!errorSchema) return { problem: `the example error ${shape} is not an error of ${definition.name}` };
  return { response: serializeError(errorSchema, exampleValue(errorSchema, example.error.content) as Bag) };
}

/** Without a handler: the answer of the example the request matches, else of the first example output. */
function exampleAnswer({ matchable, fallback }: CompiledOperation, input: Bag): Answer {
  return exampleFor(matchable, input)?.answer ?? fallback;
}

function expectsJson(schema: OperationSchema): boolean {
  const payload = payloadMember(schema.input);
  if (!payload) return bodyMembers(schema.input).length > 0;
  const target = resolve(payload.target);
  return target === 'document' || typeof target === 'object';
}

function tooLong(limits: MockLimits): Reject {
  return new Reject(400, 'ValidationException', `a value is longer than ${limits.maxStringLength} characters`);
}

/** The restJson1 ValidationException AWS services send (Smithy's framework shape). */
function validationError(issues: ValidationIssue[]): Reject {
  const count = `${issues.length} validation error${issues.length === 1 ? '' : 's'} detected`;
  const message = `${count}: ${issues.map((i) => `Value at '${i.path || '/'}' failed to satisfy constraint: ${i.message}`).join('; ')}`;
  return new Reject(400, 'ValidationException', message, { fieldList: issues.map((i) => ({ path: i.path || '/', message: i.message })) });
}

function errorResponse(error: unknown): HttpResponseParts {
  const reject = error instanceof Reject ? error : new Reject(500, 'InternalFailure', 'the mock server failed to answer');
  return {
    status: reject.status,
    headers: { 'X-Amzn-ErrorType': reject.code, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: reject.message, ...reject.fields }),
  };
}

/** The whole body, unless it is larger than `max`: then a 413 without reading the rest. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    req.resume();
    return Promise.reject(new Reject(413, 'RequestEntityTooLargeException', `the body is larger than ${max} bytes`));
  }
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        req.pause();
        reject(new Reject(413, 'RequestEntityTooLargeException', `the body is larger than ${max} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

