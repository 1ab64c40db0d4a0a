/** The Smithy JSON AST as the importer reads it (https://smithy.io/2.0/spec/json-ast.html). */

export type Traits = Record<string, unknown>;

export interface SmithyRef {
  target: string;
}

export interface SmithyMember extends SmithyRef {
  traits?: Traits;
}

export interface SmithyShape {
  type: string;
  traits?: Traits;
  members?: Record<string, SmithyMember>;
  member?: SmithyMember;
  key?: SmithyMember;
  value?: SmithyMember;
  mixins?: SmithyRef[];
  // service, resource, operation
  version?: string;
  operations?: SmithyRef[];
  resources?: SmithyRef[];
  errors?: SmithyRef[];
  input?: SmithyRef;
  output?: SmithyRef;
  [key: string]: unknown;
}

export interface SmithyModel {
  smithy: string;
  metadata?: Record<string, unknown>;
  shapes: Record<string, SmithyShape>;
}

export function isSmithyModel(json: unknown): json is SmithyModel {
  if (typeof json !== 'object' || json === null) return false;
  const m = json as Record<string, unknown>;
  return typeof m.smithy === 'string' && typeof m.shapes === 'object' && m.shapes !== null;
}

/** `com.amazonaws.lambda#Invoke` → `Invoke`; `ns#Shape$member` → `Shape$member`. */
export function localName(id: string): string {
  return id.slice(id.indexOf('#') + 1);
}

export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf('#'));
}

export const PRELUDE = 'smithy.api';
