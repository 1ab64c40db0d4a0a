import { toUnicodePattern } from '../patterns/index.ts';

/**
 * A model pattern must compile as ECMA-262 with the `u` flag, which is how the generated
 * validators run it (code-point semantics, `\p{...}` classes).
 */
export function checkPattern(pattern: string): { message: string; hint: string } | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    let legacyOnly = false;
    try {
      new RegExp(pattern);
      legacyOnly = true;
    } catch {
      // invalid in every mode
    }
    if (!legacyOnly) return { message: `invalid pattern: ${reason}`, hint: 'patterns are ECMA-262 regular expressions' };
    // The same pattern as a flag-less RegExp reads it, written so that `u` reads it alike.
    const rewritten = toUnicodePattern(pattern);
    return {
      message: `pattern is valid only without the u flag: ${reason}`,
      hint: 'pattern' in rewritten
        ? `write it as ${JSON.stringify(rewritten.pattern)}, which means the same under the u flag`
        : 'escape only syntax characters; the u flag rejects escapes such as \\- or \\_ outside a class and a lone { or }',
    };
  }
}
