/**
 * The mock server runtime (node:http, no framework): routes by method and URI template, parses the
 * request with the same protocol runtime the client uses, validates it with the generated
 * validators, calls the user's handler (or answers the model's example), and writes outputs and
 * errors the way the real service does. Abusive input gets a prompt 4xx (see limits.ts); nothing a
 * client sends can crash it.
 */
import { createServer } from 'node:http';
import { ServiceException } from '../client/exceptions.js';
import { redactIssues } from '../client/redact.js';
import { SerdeError } from '../protocol/data.js';
import { serializeError } from '../protocol/errors.js';
import { compileRoute, matchRoute, parseRequest } from '../protocol/request.js';
import { serializeResponse } from '../protocol/response.js';
import { bodyMembers, payloadMember, resolve } from '../protocol/schema.js';
import { decodeBody, EncodingError } from './encoding.js';
import { exampleFor, exampleValue, matchableExamples } from './examples.js';
import { DEFAULT_LIMITS, hasLongString, tooDeep } from './limits.js';
/** A request that cannot be served, as an AWS-style error response. */
class Reject extends Error {
    status;
    code;
    fields;
    constructor(status, code, message, fields) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = fields;
    }
}
export function startMockServer(operations, options = {}) {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const compiled = operations
        .map((op) => {
        const schema = op.definition.schema;
        if (!schema)
            throw new Error(`${op.definition.name}: the mock server needs an operation's exported definition (<Operation>Operation), which carries its wire schema`);
        const examples = op.examples ?? [];
        const matchable = matchableExamples(examples, schema.input).map((m) => ({ ...m, answer: answerOf(op.definition, schema, m.example) }));
        const fallback = answerOf(op.definition, schema, examples.find((e) => e.output !== undefined));
        return { ...op, schema, route: compileRoute(schema.uri), matchable, fallback };
    })
        .sort((a, b) => b.route.specificity - a.route.specificity);
    const server = createServer({ requestTimeout: limits.requestTimeoutMs, headersTimeout: limits.requestTimeoutMs }, (req, res) => {
        handle(compiled, options, limits, req, res).catch(() => {
            // The handler already answers every failure; this guards the writing of the answer itself.
            if (!res.headersSent)
                res.writeHead(500).end();
            else
                res.destroy();
        });
    });
    // Malformed HTTP (bad request line, oversized headers) never reaches the handler.
    server.on('clientError', (_error, socket) => {
        if (socket.writable)
            socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        else
            socket.destroy();
    });
    return {
        server,
        listen: (port = 0, host = '127.0.0.1') => new Promise((resolvePromise, reject) => {
            server.once('error', reject);
            server.listen(port, host, () => {
                const address = server.address();
                resolvePromise(`http://${host}:${address.port}`);
            });
        }),
        close: () => new Promise((resolvePromise) => {
            server.close(() => resolvePromise());
            server.closeAllConnections();
        }),
    };
}
async function handle(operations, options, limits, req, res) {
    const requestId = crypto.randomUUID();
    let response;
    try {
        response = await serve(operations, options, limits, req, requestId);
    }
    catch (error) {
        response = errorResponse(error);
        if (error instanceof Reject && error.status === 413)
            res.setHeader('Connection', 'close');
    }
    const body = response.body === undefined ? undefined : typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
    res.writeHead(response.status, { ...response.headers, 'x-amzn-requestid': requestId, 'content-length': String(body?.length ?? 0) });
    res.end(body);
}
async function serve(operations, options, limits, req, requestId) {
    let url;
    try {
        url = new URL(req.url ?? '/', 'http://mock');
    }
    catch {
        throw new Reject(400, 'SerializationException', 'the request target is not a valid URL');
    }
    let matched;
    for (const op of operations) {
        if (op.schema.method !== req.method)
            continue;
        const labels = matchRoute(op.route, url.pathname, url.searchParams);
        if (labels) {
            matched = { op, labels };
            break;
        }
    }
    if (!matched)
        throw new Reject(404, 'UnknownOperationException', `no operation matches ${req.method} ${url.pathname}`);
    const { op, labels } = matched;
    const { definition, schema } = op;
    const raw = await readBody(req, limits.maxBodyBytes);
    const headers = Object.create(null);
    for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
    let body;
    try {
        body = decodeBody(definition, headers, raw, limits.maxBodyBytes);
    }
    catch (e) {
        if (e instanceof EncodingError)
            throw new Reject(e.status, e.status === 413 ? 'RequestEntityTooLargeException' : 'SerializationException', e.message);
        throw e;
    }
    const texts = [...Object.values(labels), ...url.searchParams.values(), ...Object.values(headers)];
    if (texts.some((t) => t.length > limits.maxStringLength))
        throw tooLong(limits);
    if (body.length > 0 && expectsJson(schema) && tooDeep(body.toString('utf8'), limits.maxDepth)) {
        throw new Reject(400, 'SerializationException', `the JSON nests deeper than ${limits.maxDepth} levels`);
    }
    let input;
    try {
        input = parseRequest(schema, labels, url.searchParams, headers, body);
    }
    catch (e) {
        if (e instanceof SerdeError || e instanceof RangeError)
            throw new Reject(400, 'SerializationException', `the request is malformed: ${e.message}`);
        throw e;
    }
    if (hasLongString(input, limits.maxStringLength))
        throw tooLong(limits);
    const issues = definition.validateInput(input);
    if (issues.length > 0)
        throw validationError(redactIssues(definition.redactInput, issues));
    let output;
    const handler = options.handlers?.[definition.name];
    if (!handler) {
        const answer = exampleAnswer(op, input);
        if ('response' in answer)
            return answer.response;
        if ('problem' in answer)
            throw new Reject(500, 'InternalFailure', answer.problem);
        output = answer.output;
    }
    else {
        try {
            output = await handler(input, { operation: definition.name, requestId, headers: req.headers });
        }
        catch (error) {
            const errorClass = error instanceof ServiceException ? definition.errors.find((e) => error instanceof e) : undefined;
            const errorSchema = errorClass && schema.errors.find((e) => e.name === errorClass.info.name);
            if (errorSchema)
                return serializeError(errorSchema, error);
            throw new Reject(500, 'InternalFailure', `the ${definition.name} handler failed`);
        }
    }
    const outputBag = (output ?? {});
    const outputIssues = options.validateResponses ? (definition.validateOutput?.(outputBag) ?? []) : [];
    if (outputIssues.length > 0) {
        const list = redactIssues(definition.redactOutput, outputIssues).map((i) => `${i.path || '/'}: ${i.message}`);
        throw new Reject(500, 'InternalFailure', `the ${definition.name} handler returned an invalid output: ${list.join('; ')}`);
    }
    try {
        return serializeResponse(schema, outputBag);
    }
    catch (e) {
        if (e instanceof SerdeError)
            throw new Reject(500, 'InternalFailure', `the ${definition.name} handler returned an output of the wrong type: ${e.message}`);
        throw e;
    }
}
function answerOf(definition, schema, example) {
    if (!example?.error)
        return { output: exampleValue(schema.output, example?.output ?? {}) };
    const shape = example.error.shape;
    const errorSchema = definition.errors.some((e) => e.info.name === shape) ? schema.errors.find((e) => e.name === shape) : undefined;
    // The loader checks that an example's error is one of the operation's; a hand-edited mock may not.
    if (!errorSchema)
        return { problem: `the example error ${shape} is not an error of ${definition.name}` };
    return { response: serializeError(errorSchema, exampleValue(errorSchema, example.error.content)) };
}
/** Without a handler: the answer of the example the request matches, else of the first example output. */
function exampleAnswer({ matchable, fallback }, input) {
    return exampleFor(matchable, input)?.answer ?? fallback;
}
function expectsJson(schema) {
    const payload = payloadMember(schema.input);
    if (!payload)
        return bodyMembers(schema.input).length > 0;
    const target = resolve(payload.target);
    return target === 'document' || typeof target === 'object';
}
function tooLong(limits) {
    return new Reject(400, 'ValidationException', `a value is longer than ${limits.maxStringLength} characters`);
}
/** The restJson1 ValidationException AWS services send (Smithy's framework shape). */
function validationError(issues) {
    const count = `${issues.length} validation error${issues.length === 1 ? '' : 's'} detected`;
    const message = `${count}: ${issues.map((i) => `Value at '${i.path || '/'}' failed to satisfy constraint: ${i.message}`).join('; ')}`;
    return new Reject(400, 'ValidationException', message, { fieldList: issues.map((i) => ({ path: i.path || '/', message: i.message })) });
}
function errorResponse(error) {
    const reject = error instanceof Reject ? error : new Reject(500, 'InternalFailure', 'the mock server failed to answer');
    return {
        status: reject.status,
        headers: { 'X-Amzn-ErrorType': reject.code, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: reject.message, ...reject.fields }),
    };
}
/** The whole body, unless it is larger than `max`: then a 413 without reading the rest. */
function readBody(req, max) {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
        req.resume();
        return Promise.reject(new Reject(413, 'RequestEntityTooLargeException', `the body is larger than ${max} bytes`));
    }
    return new Promise((resolvePromise, reject) => {
        const chunks = [];
        let total = 0;
        req.on('data', (chunk) => {
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
//# sourceMappingURL=server.js.map