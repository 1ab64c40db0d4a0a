/**
 * Validation messages may quote the value they reject. When the value sits at or under a sensitive
 * member, the message is replaced: a secret must not reach logs through an error message. Where the
 * sensitive values are is generated data (`src/client/sensitivity.ts`): a tree of the paths that
 * lead to them.
 */
import { getOwn } from '../protocol/data.js';
import type { ValidationIssue } from './exceptions.js';

/** Member name (or `*` for any list item or map key) → sensitive (`true`) or the tree beneath. */
export interface Sensitivity {
  readonly [key: string]: true | (() => Sensitivity);
}

export function isSensitivePath(tree: Sensitivity, pointer: string): boolean {
  let node: Sensitivity | undefined = tree;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === undefined) return false;
    const next: unknown = getOwn(node, raw.replace(/~1/g, '/').replace(/~0/g, '~')) ?? getOwn(node, '*');
    if (next === true) return true;
    node = typeof next === 'function' ? (next as () => Sensitivity)() : undefined;
  }
  return false;
}

export function redactIssues(tree: Sensitivity | undefined, issues: ValidationIssue[]): ValidationIssue[] {
  if (!tree) return issues;
  return issues.map((issue) =>
    isSensitivePath(tree, issue.path) ? { ...issue, message: `the value (sensitive, not shown) fails the ${issue.constraint} constraint` } : issue,
  );
}
