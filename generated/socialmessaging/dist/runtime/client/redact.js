/**
 * Validation messages may quote the value they reject. When the value sits at or under a sensitive
 * member, the message is replaced: a secret must not reach logs through an error message. Where the
 * sensitive values are is generated data (`src/client/sensitivity.ts`): a tree of the paths that
 * lead to them.
 */
import { getOwn } from '../protocol/data.js';
export function isSensitivePath(tree, pointer) {
    let node = tree;
    for (const raw of pointer.split('/').slice(1)) {
        if (node === undefined)
            return false;
        const next = getOwn(node, raw.replace(/~1/g, '/').replace(/~0/g, '~')) ?? getOwn(node, '*');
        if (next === true)
            return true;
        node = typeof next === 'function' ? next() : undefined;
    }
    return false;
}
export function redactIssues(tree, issues) {
    if (!tree)
        return issues;
    return issues.map((issue) => isSensitivePath(tree, issue.path) ? { ...issue, message: `the value (sensitive, not shown) fails the ${issue.constraint} constraint` } : issue);
}
//# sourceMappingURL=redact.js.map