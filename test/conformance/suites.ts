/**
 * botocore's protocol test files (`../shared/conformance/botocore-rest-json/`): a list of suites,
 * each a model fragment plus cases. A suite becomes a botocore service model (its cases' `given`
 * are the operations) so it runs through the same importer and emitters as a real service.
 */
import { readFileSync } from 'node:fs';

export interface HttpGiven {
  method: string;
  requestUri: string;
  responseCode?: number;
}

export interface ConformanceCase {
  id: string;
  description?: string;
  given: { name: string; http: HttpGiven; input?: { shape: string }; output?: { shape: string }; errors?: { shape: string }[] } & Record<string, unknown>;
  params?: Record<string, unknown>;
  serialized?: {
    method: string;
    uri: string;
    body?: string;
    headers?: Record<string, string>;
    forbidHeaders?: string[];
    requireHeaders?: string[];
    host?: string;
  };
  result?: Record<string, unknown>;
  error?: Record<string, unknown>;
  errorCode?: string;
  response?: { status_code: number; headers?: Record<string, string>; body?: string };
}

export interface ConformanceSuite {
  description: string;
  metadata: Record<string, unknown>;
  clientEndpoint?: string;
  shapes: Record<string, unknown>;
  cases: ConformanceCase[];
}

export function loadSuites(file: string): ConformanceSuite[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ConformanceSuite[];
}

/** The suite as a botocore `service-2.json`: one operation per distinct `given`. */
export function botocoreModelOf(suite: ConformanceSuite): Record<string, unknown> {
  const operations: Record<string, unknown> = {};
  for (const c of suite.cases) operations[c.given.name] ??= c.given;
  return {
    version: '2.0',
    metadata: {
      ...suite.metadata,
      endpointPrefix: 'conformance',
      serviceFullName: 'Conformance',
      signatureVersion: 'v4',
      signingName: 'conformance',
    },
    operations,
    shapes: suite.shapes,
  };
}
