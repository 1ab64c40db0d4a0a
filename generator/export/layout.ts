import type { ServiceIR, ShapeIR } from '../ir/types.ts';
import { referencesOf } from '../ir/references.ts';

/** Which file a shared shape lives in: grouped by kind, so a reader knows where to look. */
const GROUP_OF_TYPE: Record<ShapeIR['type'], string> = {
  structure: 'structures', union: 'unions', enum: 'enums', intEnum: 'enums', list: 'collections',
  map: 'collections', string: 'strings', byte: 'numbers', short: 'numbers', integer: 'numbers',
  long: 'numbers', float: 'numbers', double: 'numbers', bigInteger: 'numbers', bigDecimal: 'numbers',
  boolean: 'scalars', blob: 'scalars', timestamp: 'scalars', document: 'scalars',
};


const SHARED = Symbol('shared');

/**
 * The file of every shape. A shape reachable from exactly one operation's input or output (and
 * from no error) lives with that operation in `operations/<Op>.yaml`; errors live in `errors.yaml`;
 * everything else in `shapes/<kind>.yaml`.
 *
 * Linear in the size of the model: a walk stops at a shape it has already given to the same owner,
 * and a shape turns shared only once, so no shape is walked once per operation.
 */
export function fileOfShapes(ir: ServiceIR): Map<string, string> {
  const shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  const owner = new Map<string, string | typeof SHARED>();
  const markShared = (start: string) => {
    const stack = [start];
    while (stack.length) {
      const name = stack.pop()!;
      if (owner.get(name) === SHARED) continue;
      owner.set(name, SHARED);
      const shape = shapes.get(name);
      if (shape) stack.push(...referencesOf(shape));
    }
  };
  const claim = (roots: string[], by: string) => {
    const stack = [...roots];
    while (stack.length) {
      const name = stack.pop()!;
      const current = owner.get(name);
      if (current === by || current === SHARED) continue;
      if (current !== undefined) {
        markShared(name);
        continue;
      }
      owner.set(name, by);
      const shape = shapes.get(name);
      if (shape) stack.push(...referencesOf(shape));
    }
  };
  for (const op of ir.operations) claim([op.input, op.output], `operations/${op.name}.yaml`);
  // Shapes that errors use are shared: they belong to no single operation.
  const errors = ir.shapes.filter((s) => s.type === 'structure' && s.error).map((s) => s.name);
  for (const name of [...errors, ...ir.errors]) markShared(name);

  const files = new Map<string, string>();
  for (const shape of ir.shapes) {
    const by = owner.get(shape.name);
    if (shape.type === 'structure' && shape.error) files.set(shape.name, 'errors.yaml');
    else if (typeof by === 'string') files.set(shape.name, by);
    else files.set(shape.name, `shapes/${GROUP_OF_TYPE[shape.type]}.yaml`);
  }
  return files;
}
