import { IDENTIFIER } from '../../ir/names.ts';
import type { CheckContext } from './context.ts';
import { structureOf } from './context.ts';

/** Host text between labels: letters, digits, `-` and `.` (RFC 3986 reg-name, as AWS hosts use it). */
const LITERAL = /^[A-Za-z0-9.-]*$/;

/**
 * An operation's `hostPrefix` and the `hostLabel` members of its input must agree (Smithy's
 * endpoint and hostLabel traits): every `{label}` names a hostLabel member, labels are neither
 * repeated nor adjacent, and every hostLabel member is a required string, since the client cannot
 * build a host name without it.
 */
export function checkHost(ctx: CheckContext): void {
  for (const shape of ctx.ir.shapes) {
    if (shape.type !== 'structure' && shape.type !== 'union') continue;
    for (const member of shape.members) {
      if (!member.hostLabel) continue;
      const target = ctx.shapes.get(member.target);
      const isString = target?.type === 'string' || target?.type === 'enum';
      if (shape.type === 'union') {
        ctx.report({ code: 'SC2024', message: `union member '${member.name}' cannot be a host label`, hint: 'host labels are required members of an operation input structure', location: member.location });
      } else if (target && !isString) {
        ctx.report({ code: 'SC2024', message: `host label member '${member.name}' targets a ${target.type}`, hint: 'a host label is text: target a string shape', location: member.location });
      } else if (!member.required) {
        ctx.report({ code: 'SC2024', message: `host label member '${member.name}' must be required`, hint: 'a host name cannot be built without its labels; add required: true', location: member.location });
      }
    }
  }
  for (const op of ctx.ir.operations) {
    if (op.hostPrefix === undefined) continue;
    const at = ctx.origins.locate('operation', op.name, ['hostPrefix']);
    const report = (message: string, hint: string) => ctx.report({ code: 'SC2023', message, hint, location: at });
    const input = structureOf(ctx, op.input);
    const seen = new Set<string>();
    const parts = op.hostPrefix.split(/(\{[^{}]*\})/);
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        if (!LITERAL.test(part)) report(`host prefix '${op.hostPrefix}' of '${op.name}' has characters a host name cannot hold`, 'outside {labels}, a host prefix holds letters, digits, - and .');
        // split() puts an empty literal between two labels that touch.
        else if (part === '' && i > 0 && i < parts.length - 1) report(`host prefix '${op.hostPrefix}' of '${op.name}' has two adjacent labels`, 'separate labels with host text, as in {a}-{b}.');
        return;
      }
      const name = part.slice(1, -1);
      if (!IDENTIFIER.test(name)) return report(`invalid host prefix label '${part}' in '${op.name}'`, 'labels are member names: letters, digits and _');
      if (seen.has(name)) return report(`host prefix label '${part}' of '${op.name}' appears twice`, 'each label is filled in once');
      seen.add(name);
      const member = input?.members.find((m) => m.name === name);
      if (!member) {
        report(`host prefix label '${part}' of '${op.name}' names no member of its input '${op.input}'`, `add a required string member '${name}' with hostLabel: true to '${op.input}'`);
      } else if (!member.hostLabel) {
        report(`host prefix label '${part}' of '${op.name}' names member '${name}', which is not a host label`, `mark '${op.input}.${name}' with hostLabel: true`);
      }
    });
  }
}
