import type { ImportReport } from '../common/report.ts';
import type { ShapeNames } from '../common/names.ts';
import type { BotoModel } from './model.ts';

/** What shape and operation mapping share while importing one botocore model. */
export interface BotoContext {
  model: BotoModel;
  names: ShapeNames;
  report: ImportReport;
  /** `Shape.locationName` of labels written greedy (`{Key+}`) in some operation's URI. */
  greedyLabels: Set<string>;
  /**
   * String shapes some member marks `jsonvalue: true`: their values are JSON text, which Smithy
   * (where botocore's models come from) says with `mediaType: application/json` on the shape.
   */
  jsonValueShapes: Set<string>;
}
