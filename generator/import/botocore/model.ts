/** The parts of botocore's `service-2.json` the importer reads; everything else is reported. */
import { preview } from '../common/report.ts';

export interface BotoRef {
  shape: string;
  [key: string]: unknown;
}

export interface BotoMember extends BotoRef {
  documentation?: string;
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode' | string;
  locationName?: string;
}

export interface BotoShape {
  type: string;
  members?: Record<string, BotoMember>;
  member?: BotoMember;
  key?: BotoMember;
  value?: BotoMember;
  required?: string[];
  payload?: string;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  documentation?: string;
  [key: string]: unknown;
}

export interface BotoOperation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number; [key: string]: unknown };
  input?: BotoRef;
  output?: BotoRef;
  errors?: BotoRef[];
  documentation?: string;
  [key: string]: unknown;
}

export interface BotoModel {
  version?: string;
  metadata: Record<string, unknown> & {
    apiVersion: string;
    endpointPrefix: string;
    serviceFullName: string;
    signingName?: string;
    protocol?: string;
  };
  operations: Record<string, BotoOperation>;
  shapes: Record<string, BotoShape>;
  documentation?: string;
}

/** Structural check of the top level; the mapping reports finer problems itself. */
export function isBotoModel(json: unknown): json is BotoModel {
  if (typeof json !== 'object' || json === null) return false;
  const m = json as Record<string, unknown>;
  return (
    typeof m.metadata === 'object' && m.metadata !== null &&
    typeof m.operations === 'object' && m.operations !== null &&
    typeof m.shapes === 'object' && m.shapes !== null
  );
}

/** A report function bound to a shape (ImportReport.forShape). */
export type Note = (trait: string, message: string) => void;

/**
 * Reports each key of `record` not in `known` as not carried over, with its value, under
 * `prefix` + key; `messages` says more for keys the importer knows it drops.
 */
export function noteUnknownKeys(note: Note, record: object, known: ReadonlySet<string>, prefix = '', messages: Readonly<Record<string, string>> = {}): void {
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    const value = (record as Record<string, unknown>)[key];
    note(`${prefix}${key}`, Object.hasOwn(messages, key) ? messages[key] : `not representable in the IR: ${preview(value)}`);
  }
}
