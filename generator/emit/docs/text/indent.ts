/** Indents every non-empty line; nesting in Markdown lists and RST bodies is all indentation. */
export function indentLines(text: string, prefix: string, firstPrefix = prefix): string {
  // One pass with a regular expression: nested member trees indent the same text once per level,
  // which made splitting and joining lines a large share of the docs emitter's time.
  const rest = text.replace(/\n(?=[^\n])/g, `\n${prefix}`);
  return text === '' || text.startsWith('\n') ? rest : `${firstPrefix}${rest}`;
}
