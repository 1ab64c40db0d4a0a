/**
 * Validation results as the generated validators report them. Shipped inside the generated
 * package; the validators are AJV standalone code compiled at generation time, and this module
 * turns AJV's error objects into issues a person can read.
 */
function appendPointer(path, key) {
    return `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
function quantity(params, unit) {
    const { min, max } = params;
    if (min !== undefined && max !== undefined)
        return `between ${min} and ${max} ${unit}`;
    return min !== undefined ? `at least ${min} ${unit}` : `at most ${max} ${unit}`;
}
/** Maps AJV errors to issues, one per broken constraint, in the order AJV found them. */
export function toIssues(errors) {
    const issues = [];
    for (const e of errors ?? []) {
        const p = e.params;
        // Wrappers whose inner errors already say what is wrong (a bad map key, a sparse item).
        if (e.keyword === 'propertyNames' || e.keyword === 'if')
            continue;
        if (e.propertyName !== undefined) {
            issues.push({ path: appendPointer(e.instancePath, e.propertyName), constraint: String(p.constraint ?? e.keyword), message: `key ${e.message ?? 'is invalid'}` });
            continue;
        }
        switch (e.keyword) {
            case 'required':
                issues.push({ path: appendPointer(e.instancePath, String(p.missingProperty)), constraint: 'required', message: `'${String(p.missingProperty)}' is required` });
                break;
            case 'additionalProperties':
                issues.push({ path: appendPointer(e.instancePath, String(p.additionalProperty)), constraint: 'unknownMember', message: `'${String(p.additionalProperty)}' is not a known member` });
                break;
            case 'type':
                issues.push({ path: e.instancePath, constraint: 'type', message: `must be ${String(p.expected ?? p.type)}` });
                break;
            case 'minItems':
            case 'maxItems':
            case 'minProperties':
            case 'maxProperties':
                issues.push({ path: e.instancePath, constraint: 'length', message: `must have ${quantity(p, e.keyword.endsWith('Items') ? 'items' : 'entries')}` });
                break;
            case 'uniqueItems':
                issues.push({ path: e.instancePath, constraint: 'uniqueItems', message: 'must not contain duplicate items' });
                break;
            default:
                // shapecraft's own keywords carry their constraint name and a finished message.
                issues.push({ path: e.instancePath, constraint: String(p.constraint ?? e.keyword), message: e.message ?? 'is invalid' });
        }
    }
    return issues;
}
//# sourceMappingURL=validation.js.map