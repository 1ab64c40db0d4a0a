import type { JsonValue } from '../../ir/types.ts';
import { checkValue, pathOfPointer } from '../constraints/checkValue.ts';
import type { CheckContext } from './context.ts';

/** An example that breaks the model's own constraints would teach users a request that fails. */
export function checkExamples(ctx: CheckContext): void {
  for (const op of ctx.ir.operations) {
    op.examples.forEach((example, index) => {
      const check = (shape: string, value: { [key: string]: JsonValue }, sub: (string | number)[]) => {
        if (!ctx.shapes.has(shape)) return;
        for (const issue of checkValue(ctx.ir, shape, value, 'json', ctx.flagged)) {
          ctx.report({
            code: 'SC2008',
            message: `example '${example.title}' breaks the model: ${issue.path || '(root)'} ${issue.message}`,
            hint: `fix the example or the ${issue.constraint} constraint it breaks`,
            location: ctx.origins.locate('operation', op.name, ['examples', index, ...sub, ...pathOfPointer(issue.path)]),
          });
        }
      };
      check(op.input, example.input, ['input']);
      if (example.output) check(op.output, example.output, ['output']);
      if (example.error) {
        const allowed = [...op.errors, ...ctx.ir.errors];
        if (!allowed.includes(example.error.shape)) {
          ctx.report({ code: 'SC2008', message: `example '${example.title}' returns '${example.error.shape}', which '${op.name}' cannot return`, hint: `use one of: ${allowed.join(', ')}`, location: ctx.origins.locate('operation', op.name, ['examples', index, 'error', 'shape']) });
        } else {
          check(example.error.shape, example.error.content, ['error', 'content']);
        }
      }
    });
  }
}
