import { didYouMeanHint } from '../didYouMean.ts';
import type { PathSegment } from '../../load/parseModelFile.ts';
import type { CheckContext } from './context.ts';

/** Every name that refers to a shape must name one, of a kind that fits where it is used. */
export function checkReferences(ctx: CheckContext): void {
  const names = [...ctx.shapes.keys()];
  const unknown = (name: string, owner: ['service' | 'operation' | 'shape', string], sub: PathSegment[]): boolean => {
    if (ctx.shapes.has(name)) return false;
    if (ctx.brokenShapes.has(name)) return true;
    ctx.report({
      code: 'SC2001',
      message: `unknown shape '${name}'`,
      hint: didYouMeanHint(name, names, 'define the shape under shapes:, or fix the name'),
      location: ctx.origins.locate(owner[0], owner[1], sub),
    });
    return true;
  };

  ctx.ir.errors.forEach((e, i) => {
    if (!unknown(e, ['service', 'service'], ['errors', i])) checkIsError(ctx, e, ['service', 'service'], ['errors', i]);
  });

  for (const op of ctx.ir.operations) {
    for (const side of ['input', 'output'] as const) {
      if (!ctx.origins.has('shape', op[side]) && !ctx.shapes.has(op[side])) {
        unknown(op[side], ['operation', op.name], [side]);
        continue;
      }
      const shape = ctx.shapes.get(op[side]);
      if (shape && shape.type !== 'structure') {
        ctx.report({
          code: 'SC2011',
          message: `the ${side} of '${op.name}' must be a structure, but '${shape.name}' is a ${shape.type}`,
          hint: `wrap it in a structure with one member`,
          location: ctx.origins.locate('operation', op.name, [side]),
        });
      } else if (shape?.type === 'structure' && shape.error) {
        ctx.report({
          code: 'SC2011',
          message: `the ${side} of '${op.name}' is the error shape '${shape.name}'`,
          hint: 'errors belong in errors:, not as an input or output',
          location: ctx.origins.locate('operation', op.name, [side]),
        });
      }
    }
    op.errors.forEach((e, i) => {
      if (!unknown(e, ['operation', op.name], ['errors', i])) checkIsError(ctx, e, ['operation', op.name], ['errors', i]);
    });
  }

  for (const shape of ctx.ir.shapes) {
    const at = (sub: PathSegment[]) => ctx.origins.locate('shape', shape.name, sub);
    switch (shape.type) {
      case 'list':
        unknown(shape.member, ['shape', shape.name], ['member']);
        break;
      case 'map': {
        unknown(shape.value, ['shape', shape.name], ['value']);
        if (!unknown(shape.key, ['shape', shape.name], ['key'])) {
          const key = ctx.shapes.get(shape.key)!;
          if (key.type !== 'string' && key.type !== 'enum') {
            ctx.report({
              code: 'SC2012',
              message: `map keys must be a string or enum shape, but '${key.name}' is a ${key.type}`,
              hint: 'JSON object keys are strings',
              location: at(['key']),
            });
          }
        }
        break;
      }
      case 'structure':
      case 'union':
        for (const member of shape.members) {
          // For the short form (`name: Target`) the locator stops at the value itself: the right place.
          if (unknown(member.target, ['shape', shape.name], ['members', member.name, 'target'])) continue;
          const target = ctx.shapes.get(member.target)!;
          if (target.type === 'structure' && target.error) {
            ctx.report({
              code: 'SC2013',
              message: `member '${member.name}' targets the error shape '${target.name}'`,
              hint: 'errors are returned through errors:, not nested in data',
              location: member.location,
            });
          }
        }
        break;
    }
  }
}

function checkIsError(
  ctx: CheckContext,
  name: string,
  owner: ['service' | 'operation', string],
  sub: PathSegment[],
): void {
  const shape = ctx.shapes.get(name)!;
  if (shape.type === 'structure' && shape.error) return;
  ctx.report({
    code: 'SC2007',
    message: `'${name}' is listed as an error but has no error trait (HTTP status and fault)`,
    hint: "give the shape 'error: { status: 400, fault: client }' or remove it from errors:",
    location: ctx.origins.locate(owner[0], owner[1], sub),
  });
}
