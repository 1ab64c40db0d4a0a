import type { MemberIR, ShapeIR } from '../../ir/types.ts';
import { checkValue, pathOfPointer } from '../constraints/checkValue.ts';
import type { CheckContext } from './context.ts';

/**
 * A member's `default` is printed in the types and docs and used when the member is absent, so it
 * must be a value of its target that meets the target's and the member's own constraints,
 * checked as examples are. `null` is Smithy's way of saying "no default" and is not checked.
 */
export function checkDefaults(ctx: CheckContext): void {
  for (const shape of ctx.ir.shapes) {
    if (shape.type !== 'structure' && shape.type !== 'union') continue;
    for (const member of shape.members) {
      if (member.default === undefined || member.default === null) continue;
      if (!ctx.shapes.has(member.target)) continue;
      checkDefault(ctx, shape, member);
    }
  }
}

function checkDefault(ctx: CheckContext, owner: ShapeIR, member: MemberIR): void {
  for (const issue of checkValue(ctx.ir, member.target, member.default, 'json', ctx.flagged, member)) {
    ctx.report({
      code: 'SC2028',
      message: `the default of member '${member.name}' of '${owner.name}'${issue.path ? ` at ${issue.path}` : ''} ${issue.message}`,
      hint: `give a default that is a valid '${member.target}', or fix the ${issue.constraint} constraint it breaks`,
      location: ctx.origins.locate('shape', owner.name, ['members', member.name, 'default', ...pathOfPointer(issue.path)]),
    });
  }
}
