import type { SmithyShape } from './model.ts';

/** Operations of a service: its own plus those of its resources, collected transitively. */
export function operationsOf(shapes: Record<string, SmithyShape>, serviceId: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const shape = shapes[id];
    if (!shape) return;
    for (const ref of shape.operations ?? []) found.add(ref.target);
    for (const ref of (shape.collectionOperations as { target: string }[] | undefined) ?? []) found.add(ref.target);
    for (const lifecycle of ['create', 'put', 'read', 'update', 'delete', 'list']) {
      const ref = shape[lifecycle] as { target: string } | undefined;
      if (ref) found.add(ref.target);
    }
    for (const ref of shape.resources ?? []) visit(ref.target);
  };
  visit(serviceId);
  return [...found].sort();
}
