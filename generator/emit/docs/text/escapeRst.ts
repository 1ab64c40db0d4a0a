/**
 * Escaping for generated reStructuredText. RST's inline markup (`*`, `` ` ``, `_` references, `|`
 * substitutions) is neutralised with backslashes, and a line may never start a directive (`.. raw::`
 * would inject HTML when Sphinx renders the page), a list, or a section underline.
 */
import { joinLines, showControls } from './plainLine.ts';

const INLINE_SPECIAL = /[\\`*|]/g;
/** `_` makes a reference only at a word's edge (`name_`, `_name`, `` `x`_ ``), so only there is it escaped. */
const EDGE_UNDERSCORE = /(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/**
 * docutils turns any `scheme:rest` in plain text into a link, `javascript:` included; an escaped
 * colon keeps it text. Links the model means are written as Markdown links and pass a scheme check.
 */
const URI_SCHEME = /\b([A-Za-z][A-Za-z0-9+.-]*):(?=[^\s:])/g;

/** Inline text escaped for RST, for use inside a line (not at its start). Newlines become spaces. */
export function escapeRstInline(text: string): string {
  return joinLines(text)
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(EDGE_UNDERSCORE, '\\_')
    .replace(URI_SCHEME, '$1\\:');
}

/**
 * A line's start escaped where it could open a list (`-`, `1.`, `a)`), a directive or comment
 * (`..`), a line block (`|`) or a title underline: one backslash makes it plain text.
 */
export function escapeRstLineStart(line: string): string {
  return /^([!-/:-@[\]-`{-~]|[0-9]+[.)]|[A-Za-z][.)](\s|$))/.test(line) ? `\\${line}` : line;
}

/** Text that renders as itself anywhere in an RST paragraph, including at the start of a line. */
export function escapeRstText(text: string): string {
  return escapeRstLineStart(escapeRstInline(text));
}

/** An inline literal when RST can hold the text as one; escaped text otherwise (RST literals cannot contain ``). */
export function rstLiteral(text: string): string {
  const oneLine = showControls(text);
  if (oneLine === '' || oneLine.includes('``') || /^[\s`]|[\s`\\]$/.test(oneLine)) return escapeRstText(oneLine);
  return `\`\`${oneLine}\`\``;
}

/** An anonymous hyperlink; the target may not hold characters that would end the markup. */
export function rstLink(text: string, url: string): string {
  const label = text.replace(/[\\`<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
  const target = url.replace(/[<>`\s\\]/g, (c) => encodeURIComponent(c));
  return label ? `\`${label} <${target}>\`__` : `\`<${target}>\`__`;
}

/** A literal block: every line indented, so no line of `code` can end it or be read as markup. */
export function rstCodeBlock(code: string): string {
  const lines = code.replace(/\n$/, '').split('\n').map((line) => (line ? `    ${line}` : ''));
  return `::\n\n${lines.join('\n')}`;
}

/** A Python string literal, as boto3's request syntax shows values. */
export function pythonString(text: string): string {
  return `'${showControls(text.replace(/[\\']/g, (c) => `\\${c}`))}'`;
}
