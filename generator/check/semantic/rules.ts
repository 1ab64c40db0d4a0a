import { didYouMeanHint } from '../didYouMean.ts';
import type { CheckContext } from './context.ts';

/** Cross-member rules must name members of their own structure, each once, and be satisfiable. */
export function checkRules(ctx: CheckContext): void {
  for (const shape of ctx.ir.shapes) {
    if (shape.type !== 'structure') continue;
    const memberNames = shape.members.map((m) => m.name);
    shape.rules.forEach((rule, index) => {
      const key = rule.kind === 'requiresAll' ? 'requires' : rule.kind;
      const seen = new Set<string>();
      rule.members.forEach((name, i) => {
        const location = ctx.origins.locate('shape', shape.name, ['rules', index, key, i]);
        if (!memberNames.includes(name)) {
          ctx.report({ code: 'SC2005', message: `rule names unknown member '${name}' of '${shape.name}'`, hint: didYouMeanHint(name, memberNames, `members are: ${memberNames.join(', ')}`), location });
        } else if (seen.has(name)) {
          ctx.report({ code: 'SC2005', message: `rule names member '${name}' twice`, hint: 'list each member once', location });
        }
        seen.add(name);
      });
      if (rule.when !== undefined && !memberNames.includes(rule.when)) {
        ctx.report({ code: 'SC2005', message: `rule names unknown member '${rule.when}' of '${shape.name}'`, hint: didYouMeanHint(rule.when, memberNames, `members are: ${memberNames.join(', ')}`), location: ctx.origins.locate('shape', shape.name, ['rules', index, 'when']) });
      }
      if (rule.kind === 'atMostOneOf' || rule.kind === 'exactlyOneOf') {
        const required = rule.members.filter((m) => shape.members.find((x) => x.name === m)?.required);
        if (required.length > 1) {
          ctx.report({
            code: 'SC2017',
            message: `rule ${rule.kind} over the required members ${required.map((r) => `'${r}'`).join(', ')} can never be satisfied`,
            hint: 'members in an exclusive rule are optional; the rule decides which may be present',
            location: ctx.origins.locate('shape', shape.name, ['rules', index]),
          });
        }
      }
    });
  }
}
