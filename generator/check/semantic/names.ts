import { typeNameOf } from '../../ir/names.ts';
import type { CheckContext } from './context.ts';

/** Names that would collide once they become TypeScript identifiers, file names or wire keys. */
export function checkNames(ctx: CheckContext): void {
  const typeNames = new Map<string, string>();
  for (const shape of ctx.ir.shapes) {
    const typeName = typeNameOf(shape.name);
    const other = typeNames.get(typeName);
    if (other) {
      ctx.report({
        code: 'SC2009',
        message: `shapes '${other}' and '${shape.name}' would both become the TypeScript type '${typeName}'`,
        hint: `'${typeName === other ? shape.name : other}' is renamed to avoid a built-in name; rename one of the shapes`,
        location: shape.location,
      });
    }
    typeNames.set(typeName, shape.name);
  }

  // One file per operation is generated; two names differing only in case would be the same
  // file on macOS and Windows.
  const operationFiles = new Map<string, string>();
  for (const op of ctx.ir.operations) {
    const key = op.name.toLowerCase();
    const other = operationFiles.get(key);
    if (other) {
      ctx.report({ code: 'SC2009', message: `operations '${other}' and '${op.name}' differ only in case`, hint: 'their generated files would clash on case-insensitive file systems; rename one', location: op.location });
    }
    operationFiles.set(key, op.name);
  }

  const errorCodes = new Map<string, string>();
  for (const shape of ctx.ir.shapes) {
    if (shape.type === 'structure' && shape.error) {
      const code = shape.error.code ?? shape.name;
      const other = errorCodes.get(code);
      if (other) ctx.report({ code: 'SC2009', message: `errors '${other}' and '${shape.name}' have the same wire code '${code}'`, hint: 'a response could not be mapped to one of them; give each a distinct code', location: shape.location });
      errorCodes.set(code, shape.name);
    }
    if (shape.type === 'structure' || shape.type === 'union') {
      const wire = new Map<string, string>();
      for (const member of shape.members) {
        if (member.http) continue;
        const key = member.jsonName ?? member.name;
        const other = wire.get(key);
        if (other) ctx.report({ code: 'SC2009', message: `members '${other}' and '${member.name}' of '${shape.name}' have the same JSON name '${key}'`, hint: 'change one jsonName', location: member.location });
        wire.set(key, member.name);
      }
    }
  }
}
