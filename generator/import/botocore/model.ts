/** The parts of botocore's `service-2.json` the importer reads; everything else is reported. */

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
