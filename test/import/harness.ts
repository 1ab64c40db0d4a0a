import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceIR, ShapeIR } from '../../generator/ir/types.ts';

/** The repository root; shared reference data lies next to it in `../shared`. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(ROOT, '..', 'shared', 'reference');
export const FIXTURES = join(ROOT, 'test', 'import', 'fixtures');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The 13 shared models, botocore first, as [format, file name]. */
export const SHARED_MODELS: ['botocore' | 'smithy', string][] = [
  ...['apigateway-2015-07-09', 'appsync-2017-07-25', 'bedrock-runtime-2023-09-30', 'connect-2017-08-08',
    'glacier-2012-06-01', 'iot-2015-05-28', 'lambda-2015-03-31', 'mediaconvert-2017-08-29',
    'quicksight-2018-04-01', 'socialmessaging-2024-01-01'].map((n) => ['botocore', `${n}.json`] as ['botocore', string]),
  ...['bedrock-runtime-2023-09-30', 'lambda-2015-03-31', 'socialmessaging-2024-01-01'].map((n) => ['smithy', `${n}.json`] as ['smithy', string]),
];

export function sharedModelPath(format: 'botocore' | 'smithy', file: string): string {
  return join(SHARED, format, file);
}

/** The named shape, narrowed to its type (`Extract` would lose the number types, which share one interface). */
export function shapeOf<T extends ShapeIR['type']>(ir: ServiceIR, name: string, type?: T): ShapeIR & { type: T } {
  const shape = ir.shapes.find((s) => s.name === name);
  if (!shape) throw new Error(`no shape ${name}`);
  if (type && shape.type !== type) throw new Error(`${name} is a ${shape.type}, not a ${type}`);
  return shape as ShapeIR & { type: T };
}

/** A deep copy without `location` fields: what a round trip through files must preserve. */
export function withoutLocations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutLocations) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'location') Object.defineProperty(copy, k, { value: withoutLocations(v), enumerable: true, writable: true, configurable: true });
    return copy as T;
  }
  return value;
}

import { importBotocore } from '../../generator/import/botocore/index.ts';
import { importSmithy } from '../../generator/import/smithy/index.ts';
import type { ImportResult } from '../../generator/import/botocore/index.ts';

export function importShared(format: 'botocore' | 'smithy', file: string): ImportResult {
  const json = readJson(sharedModelPath(format, file));
  return format === 'botocore' ? importBotocore(json) : importSmithy(json);
}
