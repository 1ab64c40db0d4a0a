import type { ImportReport } from '../common/report.ts';
import type { ShapeIR } from '../../ir/types.ts';
import type { SmithyShape } from './model.ts';

/** What shape and operation mapping share while importing one Smithy model. */
export interface SmithyContext {
  shapes: Record<string, SmithyShape>;
  report: ImportReport;
  /** Final IR name of a shape id (prelude ids included). */
  nameOf(id: string): string;
  /** `InputShapeId$member` of labels written greedy (`{name+}`) in some operation's URI. */
  greedyLabels: Set<string>;
  /** A name no other shape has or will have, for shapes the importer creates. */
  freshName(wanted: string): string;
  /** Adds a shape the importer created (e.g. a constrained map key). */
  addShape(shape: ShapeIR): void;
}
