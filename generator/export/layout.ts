import type { ServiceIR, ShapeIR } from '../ir/types.ts';

/** Which file a shared shape lives in: grouped by kind, so a reader knows where to look. */
const GROUP_OF_TYPE: Record<ShapeIR['type'], string> = {
  structure: 'structures', union: 'unions', enum: 'enums', intEnum: 'enums', list: 'collections',
  map: 'collections', string: 'strings', byte: 'numbers', short: 'numbers', integer: 'numbers',
  long: 'numbers', float: 'numbers', double: 'numbers', bigInteger: 'numbers', bigDecimal: 'numbers',
  boolean: 'scalars', blob: 'scalars', timestamp: 'scalars', document: 'scalars',
};

/** Shape names a shape refers to directly. */
export function referencesOf(shape: ShapeIR): string[] {
  switch (shape.type) {
    case 'list':
      return [shape.member];
    case 'map':
      return [shape.key, shape.value];
    case 'structure':
    case 'union':
      return shape.members.map((m) => m.target);
    default:
      return [];
  }
}

/**
 * The file of every shape. A shape reachable from exactly one operation's input or output (and
 * from no error) lives with that operation in `operations/<Op>.yaml`; errors live in `errors.yaml`;
 * everything else in `shapes/<kind>.yaml`.
 */
export function fileOfShapes(ir: ServiceIR): Map<string, string> {
  const shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  const owners = new Map<string, Set<string>>();
  const reach = (start: string[], owner: string) => {
    const stack = [...start];
    const seen = new Set<string>();
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      let set = owners.get(name);
      if (!set) owners.set(name, (set = new Set()));
      set.add(owner);
      const shape = shapes.get(name);
      if (shape) stack.push(...referencesOf(shape));
    }
  };
  for (const op of ir.operations) reach([op.input, op.output], `operations/${op.name}.yaml`);
  const errors = ir.shapes.filter((s) => s.type === 'structure' && s.error).map((s) => s.name);
  reach([...errors, ...ir.errors], 'errors.yaml');

  const files = new Map<string, string>();
  for (const shape of ir.shapes) {
    const isError = shape.type === 'structure' && shape.error !== undefined;
    const set = owners.get(shape.name);
    if (isError) files.set(shape.name, 'errors.yaml');
    else if (set?.size === 1 && !set.has('errors.yaml')) files.set(shape.name, [...set][0]);
    else files.set(shape.name, `shapes/${GROUP_OF_TYPE[shape.type]}.yaml`);
  }
  return files;
}
