/** Checks of an operation's Markdown page that every test of real or fixture models shares. */
import type { OperationIR, ServiceIR, StructureShapeIR } from '../../generator/ir/types.ts';
import { missingConstraints } from './constraintCheck.ts';

function rulesOf(ir: ServiceIR, root: string): { members: string[]; when?: string }[] {
  const shapes = new Map(ir.shapes.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const found: { members: string[]; when?: string }[] = [];
  const walk = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const shape = shapes.get(name)!;
    if (shape.type === 'structure') found.push(...shape.rules);
    if (shape.type === 'structure' || shape.type === 'union') shape.members.forEach((m) => walk(m.target));
    if (shape.type === 'list') walk(shape.member);
    if (shape.type === 'map') walk(shape.value);
  };
  walk(root);
  return found;
}

/** What the page lacks: constraints, cross-member rules, errors with status, fault and retryability, the HTTP binding. */
export function operationPageProblems(ir: ServiceIR, op: OperationIR, page: string): string[] {
  const problems = missingConstraints(ir, op, page);
  const lines = page.split('\n');
  for (const rule of rulesOf(ir, op.input)) {
    const names = [...rule.members, ...(rule.when ? [rule.when] : [])];
    if (!lines.some((l) => l.startsWith('- ') && names.every((n) => l.includes(`\`${n}\``)))) {
      problems.push(`rule over ${names.join(', ')} is not listed`);
    }
  }
  const errors = [...new Set([...op.errors, ...ir.errors])];
  for (const name of errors) {
    const shape = ir.shapes.find((s) => s.name === name) as StructureShapeIR;
    const row = lines.find((l) => l.startsWith('|') && l.includes(`\`${name}\``));
    if (!row) {
      problems.push(`error ${name} is not in the errors table`);
      continue;
    }
    const cells = row.split('|').map((c) => c.trim());
    const expect = [String(shape.error!.httpStatus), shape.error!.fault, shape.error!.retryable ? 'yes' : 'no'];
    for (const value of expect) if (!cells.some((c) => c.startsWith(value))) problems.push(`error ${name}: row lacks ${value}: ${row}`);
  }
  if (!page.includes(`\`${op.http.method}\` \`${op.http.uri}\``)) problems.push(`HTTP method and path ${op.http.method} ${op.http.uri} not shown`);
  return problems;
}
