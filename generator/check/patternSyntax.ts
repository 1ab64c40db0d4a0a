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
    return legacyOnly
      ? {
          message: `pattern is valid only without the u flag: ${reason}`,
          hint: 'escape only syntax characters (drop the backslash in \\- \\_ \\  outside classes), or import the model with shapecraft import, which rewrites it',
        }
      : { message: `invalid pattern: ${reason}`, hint: 'patterns are ECMA-262 regular expressions' };
  }
}
