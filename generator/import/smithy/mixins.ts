import type { SmithyMember, SmithyModel, SmithyShape, Traits } from './model.ts';

const MIXIN = 'smithy.api#mixin';

/**
 * The model with `apply` statements folded into their targets and mixins expanded: members of
 * mixins come first (in mixin order), the shape's own members and traits override. Mixin shapes
 * themselves are removed: they are not part of the service.
 */
export function flattenModel(model: SmithyModel): Record<string, SmithyShape> {
  const shapes: Record<string, SmithyShape> = {};
  for (const [id, shape] of Object.entries(model.shapes)) if (shape.type !== 'apply') shapes[id] = shape;
  for (const [id, shape] of Object.entries(model.shapes)) {
    if (shape.type === 'apply') applyTraits(shapes, id, shape.traits ?? {});
  }
  const done = new Map<string, SmithyShape>();
  const resolve = (id: string): SmithyShape => {
    const cached = done.get(id);
    if (cached) return cached;
    const shape = shapes[id];
    if (!shape.mixins?.length) {
      done.set(id, shape);
      return shape;
    }
    let traits: Traits = {};
    let members: Record<string, SmithyMember> = {};
    for (const ref of shape.mixins) {
      const mixin = resolve(ref.target);
      const localTraits = new Set((mixin.traits?.[MIXIN] as { localTraits?: string[] } | undefined)?.localTraits ?? []);
      for (const [t, v] of Object.entries(mixin.traits ?? {})) if (t !== MIXIN && !localTraits.has(t)) traits[t] = v;
      members = { ...members, ...(mixin.members ?? {}) };
    }
    traits = { ...traits, ...(shape.traits ?? {}) };
    for (const [name, own] of Object.entries(shape.members ?? {})) {
      const inherited = members[name];
      members[name] = inherited ? { target: own.target, traits: { ...inherited.traits, ...own.traits } } : own;
    }
    const { mixins: _used, ...rest } = shape;
    const flat: SmithyShape = { ...rest, traits, ...(shape.members || Object.keys(members).length ? { members } : {}) };
    done.set(id, flat);
    return flat;
  };
  const result: Record<string, SmithyShape> = {};
  for (const id of Object.keys(shapes)) {
    const shape = resolve(id);
    if (shape.traits?.[MIXIN] === undefined) result[id] = shape;
  }
  return result;
}

function applyTraits(shapes: Record<string, SmithyShape>, id: string, traits: Traits): void {
  const [shapeId, member] = id.split('$');
  const shape = shapes[shapeId];
  if (!shape) return;
  if (member === undefined) {
    shapes[shapeId] = { ...shape, traits: { ...shape.traits, ...traits } };
    return;
  }
  const target = shape.members?.[member];
  if (target) shapes[shapeId] = { ...shape, members: { ...shape.members, [member]: { ...target, traits: { ...target.traits, ...traits } } } };
}
