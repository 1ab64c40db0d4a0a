import type { MemberIR, StructureShapeIR } from '../../ir/types.ts';
import type { CheckContext } from './context.ts';

interface Edge {
  owner: StructureShapeIR;
  member: MemberIR;
}

/**
 * A structure that requires, through a chain of required structure members, a value of itself
 * has no finite value (Smithy forbids such a cycle). A list, map, union or optional member on the
 * way breaks the cycle: it can stop the chain. Every member on a cycle is reported, and the
 * structures on it are flagged so examples are not checked against them again.
 */
export function checkRequiredCycles(ctx: CheckContext): void {
  const edges = requiredStructureEdges(ctx);
  for (const component of stronglyConnected([...edges.keys()], (name) => edges.get(name)!.map((e) => e.member.target))) {
    const inCycle = new Set(component);
    const cycleEdges = component.flatMap((name) => edges.get(name)!.filter((e) => inCycle.has(e.member.target)));
    if (cycleEdges.length === 0) continue;
    for (const name of component) ctx.flagged.add(name);
    const through = component.map((n) => `'${n}'`).join(', ');
    for (const { owner, member } of cycleEdges) {
      ctx.report({
        code: 'SC2027',
        message: `required member '${member.name}' of '${owner.name}' closes a cycle of required structures through ${through}: no value can be finite`,
        hint: 'make one member of the cycle optional (or reach the structure through a list, map or union)',
        location: ctx.origins.locate('shape', owner.name, ['members', member.name, 'required']),
      });
    }
  }
}

/** For each structure, its required members whose target is a structure. */
function requiredStructureEdges(ctx: CheckContext): Map<string, Edge[]> {
  const edges = new Map<string, Edge[]>();
  for (const shape of ctx.ir.shapes) {
    if (shape.type !== 'structure') continue;
    const required = shape.members.filter((m) => m.required && ctx.shapes.get(m.target)?.type === 'structure');
    edges.set(shape.name, required.map((member) => ({ owner: shape, member })));
  }
  return edges;
}

/** Tarjan's algorithm, iterative so a deep model cannot exhaust the stack; components in a stable order. */
function stronglyConnected(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; children: string[]; i: number }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next(node), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component.sort());
      }
    }
  }
  return components;
}
