import { preview } from './report.ts';

/**
 * An enum lists each value once (the loader rejects a repeat with SC2014): a repeated value is
 * left out, keeping its first occurrence, and each repeat is reported through `noteRepeat`.
 */
export function withoutRepeatedValues<T>(entries: readonly T[], valueOf: (entry: T) => string | number, noteRepeat: (entry: T, message: string) => void): T[] {
  const seen = new Set<string | number>();
  return entries.filter((entry) => {
    const value = valueOf(entry);
    if (!seen.has(value)) {
      seen.add(value);
      return true;
    }
    noteRepeat(entry, `value ${preview(value)} is listed twice; the repeat is left out`);
    return false;
  });
}
