import type { ShapeIR } from './types.ts';

/** Shape names a shape refers to directly (list member, map key and value, members). */
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
