import { operationFunctionName, snakeCaseOf, typeNameOf } from '../../ir/names.ts';
import type { OperationIR } from '../../ir/types.ts';
import type { CheckContext } from './context.ts';

/**
 * The names generated code and docs derive from an operation's name. They come from the emitters'
 * own naming functions, so the check and the output can never disagree.
 */
const DERIVED_OPERATION_NAMES: { derive: (op: OperationIR) => string; clash: (name: string) => string }[] = [
  // One file per operation (client, validators, docs); names differing only in case would be the
  // same file on macOS and Windows.
  { derive: (op) => op.name.toLowerCase(), clash: () => 'differ only in case, so their generated files would clash on case-insensitive file systems' },
  { derive: (op) => snakeCaseOf(op.name), clash: (name) => `both become the boto3-style name '${name}' (docs/rst/${name}.rst)` },
  { derive: (op) => operationFunctionName(op), clash: (name) => `both become the client method '${name}'` },
];

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

  checkOperationNames(ctx);

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

/**
 * Two operations whose derived names are equal would overwrite one another's file or method; each
 * pair is reported once, at both operations, for the first derived name that clashes.
 */
function checkOperationNames(ctx: CheckContext): void {
  const reported = new Set<string>();
  for (const { derive, clash } of DERIVED_OPERATION_NAMES) {
    const byName = new Map<string, OperationIR[]>();
    for (const op of ctx.ir.operations) {
      const name = derive(op);
      const same = byName.get(name);
      if (same) same.push(op);
      else byName.set(name, [op]);
    }
    for (const [name, ops] of byName) {
      for (let i = 0; i < ops.length; i++) {
        for (let j = i + 1; j < ops.length; j++) {
          const pair = `${ops[i].name} ${ops[j].name}`;
          if (reported.has(pair)) continue;
          reported.add(pair);
          for (const [op, other] of [[ops[i], ops[j]], [ops[j], ops[i]]]) {
            ctx.report({ code: 'SC2009', message: `operations '${op.name}' and '${other.name}' ${clash(name)}`, hint: 'rename one of them', location: op.location });
          }
        }
      }
    }
  }
}
