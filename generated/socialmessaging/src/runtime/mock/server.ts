/**
 * The mock server runtime (node:http, no framework): routes by method and URI template, parses the
 * request with the same protocol runtime the client uses, validates it with the generated
 * validators, calls the user's handler (or answers the model's example), and writes outputs and
 * errors the way the real service does. Abusive input gets a prompt 4xx (see limits.ts); nothing a
 * client sends can crash it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { OperationDefinition } from '../client/client.js';
import { ServiceException } from '../client/exceptions.js';
import { redactIssues } from '../client/redact.js';
import { MAX_TIMER_MS } from '../client/retry.js';
import { fromUtf8Strict } from '../protocol/base64.js';
import { type Bag, SerdeError } from '../protocol/data.js';
import type { HttpResponseParts } from '../protocol/http.js';
import { compileRoute, matchRoute, parseRequest, type Route, splitTarget } from '../protocol/request.js';
import { serializeError, serializeResponse } from '../protocol/response.js';
import { bodyMembers, type OperationSchema, payloadMember, resolve } from '../protocol/schema.js';
import { MAX_ISSUES, type ValidationIssue } from '../validation.js';
import { BodyTooLarge, discardBody, readBody } from './body.js';
import { decodeBody, EncodingError } from './encoding.js';
import { exampleFor, exampleValue, type MatchableExample, matchableExamples, type MockExample } from './examples.js';
import { hasLongString, type MockLimits, resolveLimits, tooDeep } from './limits.js';

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
  /** Limits on untrusted input (see MockLimits); a field left out or undefined keeps its default. */
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
  /** How its request body must come: worked out once, as it depends on the schema alone. */
  body: BodyForm;
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
  const limits = resolveLimits(options.limits);
  const compiled: CompiledOperation[] = operations
    .map((op) => {
      const schema = op.definition.schema;
      if (!schema) throw new Error(`${op.definition.name}: the mock server needs an operation's exported definition (<Operation>Operation), which carries its wire schema`);
      const examples = op.examples ?? [];
      const matchable = matchableExamples(examples, schema.input).map((m) => ({ ...m, answer: answerOf(op.definition, schema, m.example) }));
      const fallback = answerOf(op.definition, schema, examples.find((e) => e.output !== undefined));
      return { ...op, schema, route: compileRoute(schema.uri), matchable, fallback, body: bodyFormOf(schema) };
    })
    .sort((a, b) => b.route.specificity - a.route.specificity);
  const requestTimeout = Math.ceil(limits.requestTimeoutMs);
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      // Node looks for timed-out requests only this often (30 s by default), so a 1 s limit fired
      // up to 30 s late; checking once a second keeps every limit within a second of its value.
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
    },
    (req, res) => {
      handle(compiled, options, limits, req, res).catch(() => {
        // The handler already answers every failure; this guards the writing of the answer itself.
        if (!res.headersSent) res.writeHead(500, { connection: 'close' }).end();
        else res.destroy();
      });
    },
  );
  server.on('clientError', answerClientError);
  return {
    server,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolvePromise(`http://${urlHost(host)}:${address.port}`);
        });
      }),
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

/** A host as it stands in a URL: an IPv6 address goes in brackets (`http://[::1]:4010`). */
function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The status line Node's parser errors call for; anything not named here is a plain 400. */
const CLIENT_ERROR_STATUS: Record<string, string> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};

/**
 * Malformed HTTP (bad request line, oversized headers, a request that took too long) never reaches
 * the handler: it is answered on the socket, with the status that names the problem, and the
 * connection closed. When a response has already begun on this socket, a second status line
 * would corrupt it for the client, so the socket is only closed (as Node itself does).
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const status = CLIENT_ERROR_STATUS[error.code ?? ''] ?? '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  } else socket.destroy();
}

async function handle(operations: CompiledOperation[], options: MockOptions, limits: MockLimits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = crypto.randomUUID();
  let response: HttpResponseParts;
  try {
    response = await serve(operations, options, limits, req, requestId);
  } catch (error) {
    response = errorResponse(error);
  }
  // An answer sent before the body was read whole (a body over the limit, a broken connection)
  // closes the connection: keeping it open would mean reading the rest of the body, of any size
  // and under no limit, only to find where the next request starts.
  if (!req.complete) res.setHeader('Connection', 'close');
  const body = response.body === undefined ? undefined : typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
  res.writeHead(response.status, { ...response.headers, 'x-amzn-requestid': requestId, 'content-length': String(body?.length ?? 0) });
  res.end(body);
}

async function serve(operations: CompiledOperation[], options: MockOptions, limits: MockLimits, req: IncomingMessage, requestId: string): Promise<HttpResponseParts> {
  // The path as sent, never normalised: `//x`, `..`, `%2e%2e` and `\` are not ways to reach a route.
  const { path, query } = splitTarget(req.url ?? '/');
  const matched = route(operations, req.method, path, query);
  if (!matched) {
    // Beyond the body limit, or on a broken connection, the answer closes the connection instead (see handle).
    await discardBody(req, limits.maxBodyBytes).catch(() => undefined);
    throw new Reject(404, 'UnknownOperationException', `no operation matches ${req.method} ${path}`);
  }
  const { op, labels } = matched;
  const { definition, schema } = op;

  const raw = await readBody(req, limits.maxBodyBytes).catch((e: unknown) => {
    throw e instanceof BodyTooLarge ? new Reject(413, 'RequestEntityTooLargeException', e.message) : e;
  });
  const headers: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  let body: Buffer;
  try {
    body = decodeBody(definition, headers, raw, limits.maxBodyBytes);
  } catch (e) {
    if (e instanceof EncodingError) throw new Reject(e.status, e.status === 413 ? 'RequestEntityTooLargeException' : 'SerializationException', e.message);
    throw e;
  }
  checkMediaType(op.body.mediaType, headers['content-type'], body.length);
  const texts = [...Object.values(labels), ...query.values(), ...Object.values(headers)];
  if (texts.some((t) => t.length > limits.maxStringLength)) throw tooLong(limits);
  const text = op.body.text ? utf8Text(body) : undefined;
  if (text && op.body.json && tooDeep(text, limits.maxDepth)) {
    throw new Reject(400, 'SerializationException', `the JSON nests deeper than ${limits.maxDepth} levels`);
  }

  let input: Bag;
  try {
    input = parseRequest(schema, labels, query, headers, body);
  } catch (e) {
    if (e instanceof SerdeError || e instanceof RangeError) throw new Reject(400, 'SerializationException', `the request is malformed: ${e.message}`);
    throw e;
  }
  if (hasLongString(input, limits.maxStringLength)) throw tooLong(limits);
  const issues = definition.validateInput(input);
  if (issues.length > 0) throw inputRejection(redactIssues(definition.redactInput, issues));

  let output: unknown;
  const handler = options.handlers?.[definition.name];
  if (!handler) {
    const answer = exampleAnswer(op, input);
    if ('response' in answer) return answer.response;
    if ('problem' in answer) throw new Reject(500, 'InternalFailure', answer.problem);
    output = answer.output;
  } else {
    try {
      output = await withinTime(handler, input, { operation: definition.name, requestId, headers: req.headers }, limits.handlerTimeoutMs);
    } catch (error) {
      if (error instanceof HandlerTimeout) throw new Reject(500, 'InternalFailure', `the ${definition.name} handler did not answer within ${limits.handlerTimeoutMs} ms`);
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

/** The operation whose method and URI template match, most specific first, with its label values. */
function route(operations: CompiledOperation[], method: string | undefined, path: string, query: URLSearchParams) {
  for (const op of operations) {
    if (op.schema.method !== method) continue;
    const labels = matchRoute(op.route, path, query);
    if (labels) return { op, labels };
  }
  return undefined;
}

class HandlerTimeout extends Error {}

/**
 * The handler's answer, or HandlerTimeout when it has not settled within `ms`: a promise that
 * never settles must not leave the client waiting forever (nor hold its connection open).
 */
async function withinTime(handler: MockHandler, input: Bag, context: MockContext, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new HandlerTimeout()), Math.min(ms, MAX_TIMER_MS));
  });
  try {
    // new Promise turns a handler that throws at once into a rejection, like one that rejects later.
    return await Promise.race([new Promise((resolvePromise) => resolvePromise(handler(input as never, context))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface BodyForm {
  /** The media type (`type/subtype`, lower case) the body must be sent as; undefined: any. */
  mediaType?: string;
  /** The body is JSON. */
  json: boolean;
  /** The body is text the parser decodes (JSON, or a string payload), which must be valid UTF-8. */
  text: boolean;
}

function bodyFormOf(schema: OperationSchema): BodyForm {
  const expected = expectedMediaType(schema);
  const json = expected === JSON_MEDIA_TYPE;
  const payload = payloadMember(schema.input);
  return { mediaType: expected && essence(expected), json, text: json || (payload !== undefined && resolve(payload.target) !== 'blob') };
}

const JSON_MEDIA_TYPE = 'application/json';

/**
 * The media type a request body must be sent as, or undefined when any will do: JSON for body
 * members and structure, union or document payloads; the modeled `mediaType` of a blob or string
 * payload (any type when it has none, as a blob may be any bytes).
 */
function expectedMediaType(schema: OperationSchema): string | undefined {
  const payload = payloadMember(schema.input);
  if (!payload) return bodyMembers(schema.input).length > 0 ? JSON_MEDIA_TYPE : undefined;
  const target = resolve(payload.target);
  if (target === 'document' || typeof target === 'object') return JSON_MEDIA_TYPE;
  return payload.mediaType;
}

/** `type/subtype` of a Content-Type, without parameters (`; charset=utf-8`), in lower case. */
function essence(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/**
 * restJson1's media type check (Smithy's malformed-request tests): a body sent as another type
 * than the operation reads is a 415, not something to guess at. Without a Content-Type, only an
 * empty body passes.
 */
function checkMediaType(want: string | undefined, contentType: string | undefined, bodyLength: number): void {
  if (want === undefined || (contentType === undefined && bodyLength === 0)) return;
  const got = contentType === undefined ? undefined : essence(contentType);
  const matches = got !== undefined && (want.endsWith('/*') ? got.startsWith(want.slice(0, -1)) : got === want);
  if (!matches) {
    const sent = got === undefined ? 'without a Content-Type' : `as ${got}`;
    throw new Reject(415, 'UnsupportedMediaTypeException', `the body must be sent as ${want}, not ${sent}`);
  }
}

/** The body as text; bytes that are not UTF-8 are a malformed request, never silently replaced. */
function utf8Text(body: Uint8Array): string {
  try {
    return fromUtf8Strict(body);
  } catch {
    throw new Reject(400, 'SerializationException', 'the body is not valid UTF-8');
  }
}

function tooLong(limits: MockLimits): Reject {
  return new Reject(400, 'ValidationException', `a value is longer than ${limits.maxStringLength} characters`);
}

/**
 * Why a parsed input is refused. Parsing checks every type, but in a JSON body not which numbers are
 * whole and within their type's range (text in the query and headers takes digits only for whole
 * numbers); the validators catch those, and a
 * number of the wrong kind is a malformed request (SerializationException, as Smithy's
 * malformed-request tests require for `1.5` or `2^63` sent as an integer), not an invalid one.
 */
function inputRejection(issues: ValidationIssue[]): Reject {
  const wrongType = issues.filter((i) => i.constraint === 'type');
  if (wrongType.length === 0) return validationError(issues);
  const list = wrongType.slice(0, REPORTED_TYPE_ISSUES).map((i) => `${clip(i.path || '/')} ${clip(i.message)}`);
  return new Reject(400, 'SerializationException', `the request is malformed: ${list.join('; ')}`);
}

const REPORTED_TYPE_ISSUES = 10;

/** Longest path or message an error response quotes: a path is made of the client's map keys. */
const MAX_QUOTED = 1024;

function clip(text: string): string {
  return text.length <= MAX_QUOTED ? text : `${text.slice(0, MAX_QUOTED)}…`;
}

/** The most problems a ValidationException lists; its count still says how many there are. */
const REPORTED_ISSUES = 100;

/**
 * The restJson1 ValidationException AWS services send (Smithy's framework shape). Its size is
 * bounded whatever the request: it lists the first REPORTED_ISSUES problems with each path and
 * message clipped (a 3 MB request once made a 225 MB answer), and counts the rest, up to the
 * validators' own MAX_ISSUES ("N or more" then).
 */
function validationError(issues: ValidationIssue[]): Reject {
  const listed = issues.slice(0, REPORTED_ISSUES).map((i) => ({ path: clip(i.path || '/'), message: clip(i.message) }));
  const n = issues.length >= MAX_ISSUES ? `${MAX_ISSUES} or more` : String(issues.length);
  const count = `${n} validation error${issues.length === 1 ? '' : 's'} detected`;
  const message = `${count}: ${listed.map((i) => `Value at '${i.path}' failed to satisfy constraint: ${i.message}`).join('; ')}`;
  return new Reject(400, 'ValidationException', message, { fieldList: listed });
}

function errorResponse(error: unknown): HttpResponseParts {
  const reject = error instanceof Reject ? error : new Reject(500, 'InternalFailure', 'the mock server failed to answer');
  return {
    status: reject.status,
    headers: { 'X-Amzn-ErrorType': reject.code, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: reject.message, ...reject.fields }),
  };
}
