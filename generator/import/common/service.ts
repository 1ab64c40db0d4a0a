import type { OperationIR, ServiceIR, ShapeIR, StructureShapeIR } from '../../ir/types.ts';

/** `social-messaging` → `socialmessaging`: the service name names a folder and a package. */
export function serviceNameOf(endpointPrefix: string): string {
  const name = endpointPrefix.toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^[a-z]/.test(name) ? name : `service${name}`;
}

export function defaultPackage(name: string): ServiceIR['package'] {
  return { name: `@shapecraft/${name}`, version: '0.1.0', license: 'Apache-2.0' };
}

export function emptyStructure(name: string, docs?: string): StructureShapeIR {
  return docs === undefined
    ? { name, type: 'structure', members: [], rules: [] }
    : { name, type: 'structure', docs, members: [], rules: [] };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The IR contract: shapes and operations sorted by name. */
export function sortIR(ir: ServiceIR): ServiceIR {
  return { ...ir, operations: [...ir.operations].sort(byName), shapes: [...ir.shapes].sort(byName) };
}

/** Drops keys whose value is undefined, so IRs compare equal however they were built. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

export type { OperationIR, ShapeIR };
