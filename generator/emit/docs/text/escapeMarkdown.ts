/**
 * Escaping for generated Markdown (CommonMark as GitHub and npm render it). Handlebars' HTML
 * escaping is wrong here: `&lt;` would show literally inside code, and `*`, `_`, `[` would still
 * make markup. Every model string that lands in a Markdown page goes through one of these.
 */
import { joinLines, showControls } from './plainLine.ts';

/** Characters that start or end inline markup anywhere in a line (all ASCII punctuation may be backslash-escaped). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!]/g;
/** Line-start markers: headings, list items, block quotes, setext underlines, and the `.` or `)` of numbered items. */
const BLOCK_START = /^(\s*)([#+\-=>]|\d+[.)](?=\s|$))/;

/** Text that renders as itself in a Markdown paragraph, list item or table cell. Newlines become spaces. */
export function escapeMarkdownText(text: string): string {
  return joinLines(text)
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(BLOCK_START, (_m, space: string, marker: string) => `${space}${marker.replace(/[^0-9]$/, (c) => `\\${c}`)}`);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** An inline code span that shows `text` verbatim, whatever backticks it holds. */
export function markdownCodeSpan(text: string): string {
  const body = showControls(text);
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') || body === '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block that no line of `code` can close early. */
export function markdownCodeBlock(code: string, lang = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  const info = /^[A-Za-z0-9_-]*$/.test(lang) ? lang : '';
  return `${fence}${info}\n${code.replace(/\n$/, '')}\n${fence}`;
}

/** A link destination in angle brackets, which may hold anything but `<`, `>` and line breaks. */
export function markdownLinkTarget(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}
