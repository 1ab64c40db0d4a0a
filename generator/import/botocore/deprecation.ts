import type { Deprecation } from '../../ir/types.ts';
import { compact } from '../common/service.ts';

/** botocore spells deprecation as three sibling keys on shapes, members and operations. */
export function deprecationOf(source: Record<string, unknown>): Deprecation | undefined {
  if (source.deprecated !== true && source.deprecatedMessage === undefined) return undefined;
  return compact({
    message: typeof source.deprecatedMessage === 'string' ? source.deprecatedMessage : undefined,
    since: typeof source.deprecatedSince === 'string' ? source.deprecatedSince : undefined,
  });
}

export const DEPRECATION_KEYS = ['deprecated', 'deprecatedMessage', 'deprecatedSince'];
