/**
 * Validation messages may quote the value they reject. When the value sits at or under a sensitive
 * member, the message is replaced: a secret must not reach logs through an error message.
 */
import { resolve } from '../protocol/schema.js';
export function isSensitivePath(schema, pointer) {
    let current = schema;
    for (const raw of pointer.split('/').slice(1)) {
        if (current === undefined || typeof current !== 'object')
            return false;
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (current.type === 'list')
            current = resolve(current.member);
        else if (current.type === 'map')
            current = resolve(current.value);
        else {
            const member = current.members.find((m) => m.name === key);
            if (!member)
                return false;
            if (member.sensitive)
                return true;
            current = resolve(member.target);
        }
    }
    return false;
}
export function redactIssues(schema, issues) {
    return issues.map((issue) => isSensitivePath(schema, issue.path) ? { ...issue, message: `the value (sensitive, not shown) fails the ${issue.constraint} constraint` } : issue);
}
//# sourceMappingURL=redact.js.map