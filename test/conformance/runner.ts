/**
 * Runs botocore protocol cases against the generated client: input cases check the request the
 * client sends (method, path, query, headers, body), output cases the value or error it makes of
 * a canned response. Every suite is imported, generated and loaded like a real service.
 */
import { isDeepStrictEqual } from 'node:util';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import type { Emitter } from '../../generator/emit/emitter.ts';
import { emitClient } from '../../generator/emit/client/index.ts';
import { generatePackage, importModule } from '../client/generate.ts';
import type { OperationDefinition, RestJsonClient } from '../../templates/runtime/client/client.ts';
import { botocoreModelOf, type ConformanceCase, type ConformanceSuite } from './suites.ts';
import { toBotocoreValue, toClientValue } from './values.ts';

export interface CaseResult {
  id: string;
  suite: string;
  problems: string[];
}

/**
 * Conformance is about serialisation and parsing, so validators that accept everything stand in for
 * the generated ones: botocore's cases do not all respect the constraints of their own fragments,
 * and validation has its own tests.
 */
const acceptAll: Emitter = (ir) => [
  {
    path: 'src/validators/index.ts',
    contents: ir.operations.map((op) => `export const validate${op.name}Input = () => [];\nexport const validate${op.name}Output = () => [];\n`).join(''),
  },
];

interface CapturedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: Uint8Array;
  /** fetch sends a string or byte body with a Content-Length; we never stream a request. */
  hasFixedLength: boolean;
}

type ClientModule = Record<string, unknown>;

const IDEMPOTENCY_TOKEN = '00000000-0000-4000-8000-000000000000';

export async function runSuite(suite: ConformanceSuite, index: number, kind: 'input' | 'output'): Promise<CaseResult[]> {
  let module: ClientModule;
  try {
    const { ir } = importBotocore(botocoreModelOf(suite), { name: 'conformance' });
    const dir = await generatePackage(ir, `conformance/${kind}-${index}`, [acceptAll, emitClient]);
    module = await importModule<ClientModule>(dir, 'src/client/index.ts');
  } catch (e) {
    const problem = `suite could not be generated: ${(e as Error).message}`;
    return suite.cases.map((c) => ({ id: c.id, suite: suite.description, problems: [problem] }));
  }
  const results: CaseResult[] = [];
  for (const c of suite.cases) {
    let problems: string[];
    try {
      problems = kind === 'input' ? await runInputCase(suite, module, c) : await runOutputCase(module, c);
    } catch (e) {
      problems = [`threw ${(e as Error).name}: ${(e as Error).message}`];
    }
    results.push({ id: c.id, suite: suite.description, problems });
  }
  return results;
}

function clientOf(module: ClientModule, endpoint: string, fetchFn: typeof fetch): RestJsonClient {
  const BaseClient = module.ConformanceBaseClient as new (config: object) => RestJsonClient;
  return new BaseClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
    fetch: fetchFn,
    maxAttempts: 1,
    idempotencyToken: () => IDEMPOTENCY_TOKEN,
  });
}

function operationOf(module: ClientModule, name: string): OperationDefinition<unknown, unknown> {
  const op = module[`${name}Operation`] as OperationDefinition<unknown, unknown> | undefined;
  if (!op) throw new Error(`the generated client has no ${name}Operation`);
  return op;
}

async function runInputCase(suite: ConformanceSuite, module: ClientModule, c: ConformanceCase): Promise<string[]> {
  let captured: CapturedRequest | undefined;
  const capture: typeof fetch = async (url, init = {}) => {
    const body = init.body === undefined || init.body === null ? new Uint8Array(0) : typeof init.body === 'string' ? new TextEncoder().encode(init.body) : (init.body as Uint8Array);
    captured = { url: new URL(String(url)), method: init.method ?? 'GET', headers: new Headers(init.headers), body, hasFixedLength: init.body !== undefined && init.body !== null };
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const op = operationOf(module, c.given.name);
  const client = clientOf(module, suite.clientEndpoint ?? 'https://example.com', capture);
  await client.send(op, toClientValue(op.schema!.input, c.params ?? {}));
  if (!captured) return ['no request was sent'];
  return compareRequest(captured, c.serialized!);
}

function queryPairs(search: string): string[] {
  return search.replace(/^\?/, '').split('&').filter(Boolean).sort();
}

function compareRequest(actual: CapturedRequest, expected: NonNullable<ConformanceCase['serialized']>): string[] {
  const problems: string[] = [];
  if (actual.method !== expected.method) problems.push(`method ${actual.method}, expected ${expected.method}`);
  const [expectedPath, expectedQuery = ''] = expected.uri.split(/\?(.*)/s);
  if (actual.url.pathname !== expectedPath) problems.push(`path ${actual.url.pathname}, expected ${expectedPath}`);
  if (!isDeepStrictEqual(queryPairs(actual.url.search), queryPairs(expectedQuery))) {
    problems.push(`query ${actual.url.search || '(none)'}, expected ?${expectedQuery}`);
  }
  if (expected.host !== undefined && actual.url.host !== expected.host.split('/')[0]) problems.push(`host ${actual.url.host}, expected ${expected.host}`);
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const got = actual.headers.get(name);
    if (got !== value) problems.push(`header ${name}: ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
  }
  for (const name of expected.forbidHeaders ?? []) {
    const present = name.toLowerCase() === 'content-length' ? actual.hasFixedLength : actual.headers.has(name);
    if (present) problems.push(`header ${name} must not be sent`);
  }
  for (const name of expected.requireHeaders ?? []) {
    const present = name.toLowerCase() === 'content-length' ? actual.hasFixedLength : actual.headers.has(name);
    if (!present) problems.push(`header ${name} is required`);
  }
  if (expected.body !== undefined) problems.push(...compareBody(new TextDecoder().decode(actual.body), expected.body));
  return problems;
}

/** JSON bodies compare as values; anything else as text. */
function compareBody(actual: string, expected: string): string[] {
  if (expected === '') return actual === '' ? [] : [`body ${JSON.stringify(actual)}, expected none`];
  let expectedJson: unknown;
  try {
    expectedJson = JSON.parse(expected);
  } catch {
    return actual === expected ? [] : [`body ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
  }
  let actualJson: unknown;
  try {
    actualJson = JSON.parse(actual);
  } catch {
    return [`body ${JSON.stringify(actual)} is not JSON, expected ${expected}`];
  }
  return isDeepStrictEqual(actualJson, expectedJson) ? [] : [`body ${actual}, expected ${JSON.stringify(expectedJson)}`];
}

async function runOutputCase(module: ClientModule, c: ConformanceCase): Promise<string[]> {
  const response = c.response!;
  const respond: typeof fetch = async () => {
    const body = response.body === undefined || response.body === '' ? null : response.body;
    return new Response(body, { status: response.status_code, headers: response.headers ?? {} });
  };
  const op = operationOf(module, c.given.name);
  const client = clientOf(module, 'https://example.com', respond);
  let output: unknown;
  try {
    output = await client.send(op, {});
  } catch (e) {
    if (c.errorCode === undefined) return [`threw ${(e as Error).name}: ${(e as Error).message}`];
    return compareError(e as Error & Record<string, unknown>, c);
  }
  if (c.errorCode !== undefined) return [`returned ${JSON.stringify(toBotocoreValue(output))}, expected error ${c.errorCode}`];
  const actual = toBotocoreValue(output);
  return isDeepStrictEqual(actual, c.result ?? {}) ? [] : [`output ${JSON.stringify(actual)}, expected ${JSON.stringify(c.result)}`];
}

function compareError(error: Error & Record<string, unknown>, c: ConformanceCase): string[] {
  const problems: string[] = [];
  if (error.name !== c.errorCode) problems.push(`error ${error.name}, expected ${c.errorCode}`);
  const status = (error.$metadata as { httpStatusCode?: number } | undefined)?.httpStatusCode;
  if (status !== c.response!.status_code) problems.push(`$metadata.httpStatusCode ${status}, expected ${c.response!.status_code}`);
  for (const [key, value] of Object.entries(c.error ?? {})) {
    const actual = toBotocoreValue(Object.hasOwn(error, key) ? error[key] : undefined);
    if (!isDeepStrictEqual(actual, value)) problems.push(`error member ${key}: ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
  return problems;
}
