import type { ImportReport } from '../common/index.ts';
import { preview } from '../common/index.ts';
import type { SmithyMember, SmithyModel, SmithyShape, Traits } from './model.ts';
import { localName } from './model.ts';

const MIXIN = 'smithy.api#mixin';

/**
 * The model with `apply` statements folded into their targets and mixins expanded: members of
 * mixins come first (in mixin order), the shape's own members and traits override. Mixin shapes
 * themselves are removed: they are not part of the service.
 *
 * An `apply` to a shape or to a member the shape declares is folded in before expansion (so one to
 * a mixin reaches every shape that uses it); one to a member a shape inherits from a mixin, once
 * that shape is expanded. An `apply` whose target does not exist is reported.
 */
export function flattenModel(model: SmithyModel, report: ImportReport): Record<string, SmithyShape> {
  const shapes: Record<string, SmithyShape> = {};
  for (const [id, shape] of Object.entries(model.shapes)) if (shape.type !== 'apply') shapes[id] = shape;
  const unknownTarget = (id: string, traits: Traits, what: string) => {
    const [shapeId, member] = id.split('$');
    report.add({ shape: localName(shapeId), member, trait: 'apply', message: `${what}; its traits are not carried over: ${preview(traits)}` });
  };
  /** Applies to inherited members, by shape id, in model order. */
  const inherited = new Map<string, [member: string, traits: Traits, id: string][]>();
  for (const [id, statement] of Object.entries(model.shapes)) {
    if (statement.type !== 'apply') continue;
    const traits = statement.traits ?? {};
    const [shapeId, member] = id.split('$');
    const shape = shapes[shapeId];
    if (!shape) unknownTarget(id, traits, `applies to ${shapeId}, which the model does not define`);
    else if (member === undefined) shapes[shapeId] = { ...shape, traits: { ...shape.traits, ...traits } };
    else if (shape.members?.[member]) shapes[shapeId] = withMemberTraits(shape, member, traits);
    else if (shape.mixins?.length) inherited.set(shapeId, [...(inherited.get(shapeId) ?? []), [member, traits, id]]);
    else unknownTarget(id, traits, `applies to member ${member}, which ${shapeId} does not have`);
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
    let flat: SmithyShape = { ...rest, traits, ...(shape.members || Object.keys(members).length ? { members } : {}) };
    for (const [member, applied, applyId] of inherited.get(id) ?? []) {
      if (flat.members?.[member]) flat = withMemberTraits(flat, member, applied);
      else unknownTarget(applyId, applied, `applies to member ${member}, which ${id} neither has nor inherits`);
    }
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

function withMemberTraits(shape: SmithyShape, member: string, traits: Traits): SmithyShape {
  const target = shape.members![member];
  return { ...shape, members: { ...shape.members, [member]: { ...target, traits: { ...target.traits, ...traits } } } };
}
