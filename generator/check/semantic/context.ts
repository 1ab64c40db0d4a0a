import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ServiceIR, ShapeIR, StructureShapeIR } from '../../ir/types.ts';
import type { ModelOrigins } from '../../resolve/origins.ts';

/** What every semantic check gets: the resolved IR, where things were written, and a sink. */
export interface CheckContext {
  ir: ServiceIR;
  shapes: Map<string, ShapeIR>;
  origins: ModelOrigins;
  /** Shapes left out for format errors: already reported, so references to them are not. */
  brokenShapes: ReadonlySet<string>;
  /** Shapes whose own definition has a problem; values are not checked against them. */
  flagged: Set<string>;
  report(diagnostic: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }): void;
}

export type SemanticCheck = (ctx: CheckContext) => void;

export function structureOf(ctx: CheckContext, name: string): StructureShapeIR | undefined {
  const shape = ctx.shapes.get(name);
  return shape?.type === 'structure' ? shape : undefined;
}
