import type { CheckContext } from './context.ts';

/**
 * An error's HTTP status must be an error status (Smithy's httpError): the client reads a 2xx or
 * 3xx response as success or a redirect, never as this error. A server fault with a 4xx status is
 * only a warning: Smithy says SHOULD. The other way round (a client fault with a 5xx status) is
 * not reported at all, since real AWS models do it (connect, glacier, mediaconvert, quicksight).
 */
export function checkErrorTraits(ctx: CheckContext): void {
  for (const shape of ctx.ir.shapes) {
    if (shape.type !== 'structure' || !shape.error) continue;
    const { httpStatus, fault } = shape.error;
    const location = ctx.origins.locate('shape', shape.name, ['error', 'status']);
    if (httpStatus < 400 || httpStatus > 599) {
      ctx.report({
        code: 'SC2026',
        message: `error '${shape.name}' has the HTTP status ${httpStatus}, which is not an error status`,
        hint: 'an error answers with 400 to 499 (fault: client) or 500 to 599 (fault: server)',
        location,
      });
    } else if (fault === 'server' && httpStatus < 500) {
      ctx.report({
        code: 'SC2026',
        severity: 'warning',
        message: `error '${shape.name}' is a server fault with the client error status ${httpStatus}`,
        hint: 'a server fault answers with 500 to 599; use fault: client for a 4xx status',
        location,
      });
    }
  }
}
