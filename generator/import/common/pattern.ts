import { toUnicodePattern } from '../../patterns/index.ts';

/**
 * A source pattern as the IR holds it (valid under the `u` flag). A pattern that cannot be
 * rewritten is reported and left out: the report is the place the lost constraint is recorded.
 */
export function importPattern(
  pattern: string,
  note: (trait: string, message: string) => void,
): string | undefined {
  const converted = toUnicodePattern(pattern);
  if ('pattern' in converted) return converted.pattern;
  note('pattern', `pattern ${JSON.stringify(pattern)} dropped: ${converted.error}`);
  return undefined;
}
