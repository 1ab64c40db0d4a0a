import type { Deprecation } from '../../ir/types.ts';
import { compact, preview } from '../common/index.ts';

/**
 * botocore spells deprecation as three sibling keys on shapes, members and operations. A key the
 * deprecation cannot carry (`deprecatedSince` without `deprecated: true` or a message, a value that
 * is not a string) is reported rather than dropped.
 */
export function deprecationOf(source: Record<string, unknown>, note: (trait: string, message: string) => void): Deprecation | undefined {
  const deprecated = source.deprecated === true || source.deprecatedMessage !== undefined;
  for (const key of ['deprecatedMessage', 'deprecatedSince'] as const) {
    const value = source[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') note(key, `not a string; not carried over: ${preview(value)}`);
    else if (!deprecated) note(key, `without deprecated: true nothing is deprecated; not carried over: ${preview(value)}`);
  }
  if (source.deprecated !== undefined && typeof source.deprecated !== 'boolean') note('deprecated', `not a boolean; not carried over: ${preview(source.deprecated)}`);
  if (!deprecated) return undefined;
  return compact({
    message: typeof source.deprecatedMessage === 'string' ? source.deprecatedMessage : undefined,
    since: typeof source.deprecatedSince === 'string' ? source.deprecatedSince : undefined,
  });
}

export const DEPRECATION_KEYS = ['deprecated', 'deprecatedMessage', 'deprecatedSince'];
