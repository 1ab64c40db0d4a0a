/** Helpers shared by every format's escaping: how to keep model text on one line. */

/** Runs of whitespace around line breaks (including U+2028/U+2029) become one space. */
export function joinLines(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/** Control characters shown as `\uXXXX`, so literal text stays on one line and shows what is there. */
export function showControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
