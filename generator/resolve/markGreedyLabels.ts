import type { ServiceIR } from '../ir/types.ts';

/** A label is greedy when the URI writes it `{name+}`; the member binding records it for the emitters. */
export function markGreedyLabels(ir: ServiceIR): void {
  const shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  for (const op of ir.operations) {
    const input = shapes.get(op.input);
    if (input?.type !== 'structure') continue;
    for (const member of input.members) {
      if (member.http?.kind === 'label' && op.http.uri.includes(`{${member.http.name}+}`)) member.http.greedy = true;
    }
  }
}
