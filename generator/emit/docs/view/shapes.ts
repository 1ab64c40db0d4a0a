/**
 * Facts about the model's shapes that several views need: lookup by name, which operations reach
 * a shape, and which shapes get a page of their own.
 */
import type { EnumValueIR, IntEnumValueIR, OperationIR, ServiceIR, ShapeIR, StructureShapeIR } from '../../../ir/types.ts';
import { referencesOf } from '../../../ir/references.ts';

export interface ShapeFacts {
  shape(name: string): ShapeIR;
  /** Shapes that get a page: errors, and named structures, unions and enums reached from more than one operation. */
  pageShapes: ShapeIR[];
  hasPage(name: string): boolean;
  /** Errors of an operation: its own, then the service-wide ones, without repeats. */
  errorsOf(op: OperationIR): StructureShapeIR[];
}


const PAGE_KINDS = new Set(['structure', 'union', 'enum', 'intEnum']);

/** Enum or known values of a shape, when any of them has docs or a deprecation worth a page. */
export function documentedValues(shape: ShapeIR): (EnumValueIR | IntEnumValueIR)[] {
  const values = shape.type === 'enum' || shape.type === 'intEnum' ? shape.values : shape.type === 'string' ? (shape.knownValues ?? []) : [];
  return values.some((v) => v.docs || v.deprecated) ? values : [];
}

export function shapeFacts(ir: ServiceIR): ShapeFacts {
  const byName = new Map(ir.shapes.map((s) => [s.name, s]));
  const shape = (name: string): ShapeIR => {
    const found = byName.get(name);
    if (!found) throw new Error(`docs: the IR refers to shape ${JSON.stringify(name)}, which it does not define`);
    return found;
  };

  const reachedBy = new Map<string, Set<string>>();
  for (const op of ir.operations) {
    const seen = new Set<string>();
    const walk = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      if (!reachedBy.has(name)) reachedBy.set(name, new Set());
      reachedBy.get(name)!.add(op.name);
      referencesOf(shape(name)).forEach(walk);
    };
    referencesOf(shape(op.input)).forEach(walk);
    referencesOf(shape(op.output)).forEach(walk);
  }

  const errorNames = new Set([...ir.errors, ...ir.operations.flatMap((op) => op.errors)]);
  const pageShapes = ir.shapes.filter(
    (s) =>
      errorNames.has(s.name) ||
      (PAGE_KINDS.has(s.type) && (reachedBy.get(s.name)?.size ?? 0) > 1) ||
      (reachedBy.has(s.name) && documentedValues(s).length > 0),
  );
  const withPage = new Set(pageShapes.map((s) => s.name));

  const errorsOf = (op: OperationIR) =>
    [...new Set([...op.errors, ...ir.errors])].map((name) => shape(name) as StructureShapeIR);

  return { shape, pageShapes, hasPage: (name) => withPage.has(name), errorsOf };
}
