import type { SourceLocation } from '../ir/types.ts';

/**
 * A problem found in a model, reported like a compiler error. Diagnostics are values: every stage
 * collects them into an array and the caller decides what to do; nothing throws one at a time.
 */
export interface Diagnostic {
  /** Stable code, e.g. `SC1003`; documented in docs/diagnostics.md. */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** What to do about it. */
  hint?: string;
  location?: SourceLocation;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:col: error SC1003: message` followed by an indented hint, as tsc and eslint print. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${hint}`;
}

/** Sorted by file, line, column, then code: the order does not depend on which check ran first. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.location?.file ?? '';
    const fb = b.location?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.location?.line ?? 0;
    const lb = b.location?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.location?.column ?? 0;
    const cb = b.location?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : a.message < b.message ? -1 : 1;
  });
}
