/** Indents every non-empty line; nesting in Markdown lists and RST bodies is all indentation. */
export function indentLines(text: string, prefix: string, firstPrefix = prefix): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? '' : `${i === 0 ? firstPrefix : prefix}${line}`))
    .join('\n');
}
