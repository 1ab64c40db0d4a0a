/**
 * Validation results as the generated validators report them. Shipped inside the generated
 * package; the validators are AJV standalone code compiled at generation time, and this module
 * turns AJV's error objects into issues a person can read.
 */

/** One broken constraint. */
export interface ValidationIssue {
  /** JSON Pointer to the offending value (`/setupFinalization/phoneNumbers/0/id`); `` is the root. */
  path: string;
  /** The constraint that failed: `required`, `type`, `length`, `pattern`, `enum`, `range`, `unknownMember`, `union`, `uniqueItems`, or a rule kind such as `atMostOneOf`. */
  constraint: string;
  /** What is wrong, without the offending value (it may be a secret). */
  message: string;
}

/** The subset of AJV's error object the generated validators produce. */
export interface ValidatorError {
  instancePath: string;
  /** Set when the error is about a map key rather than a value. */
  propertyName?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

function appendPointer(path: string, key: string): string {
  return `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function quantity(params: Record<string, unknown>, unit: string): string {
  const { min, max } = params as { min?: number; max?: number };
  if (min !== undefined && max !== undefined) return `between ${min} and ${max} ${unit}`;
  return min !== undefined ? `at least ${min} ${unit}` : `at most ${max} ${unit}`;
}

/** Maps AJV errors to issues, one per broken constraint, in the order AJV found them. */
export function toIssues(errors: readonly ValidatorError[] | null | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const e of errors ?? []) {
    const p = e.params;
    // Wrappers whose inner errors already say what is wrong (a bad map key, a sparse item).
    if (e.keyword === 'propertyNames' || e.keyword === 'if') continue;
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
