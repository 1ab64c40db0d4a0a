import TurndownService from 'turndown';

/**
 * AWS model documentation is HTML (in botocore and in AWS's Smithy models alike); the model format
 * holds Markdown. Turndown does the conversion; the options below pin every stylistic choice so
 * the same HTML always gives the same bytes.
 */
const turndown = new TurndownService({
  headingStyle: 'atx',
  hr: '---',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  fence: '```',
  emDelimiter: '_',
  strongDelimiter: '**',
  linkStyle: 'inlined',
  // A backslash hard break survives the trailing-space trim below (two spaces would not).
  br: '\\',
});

// Turndown's default list item pads the marker to four columns (`-   item`) and leaves blank,
// space-only lines between items; a marker plus one space reads better in YAML and diffs.
turndown.addRule('listItem', {
  filter: 'li',
  replacement(content, node) {
    const parent = node.parentNode as { nodeName: string; children: ArrayLike<unknown>; getAttribute(name: string): string | null } | null;
    let marker = '- ';
    if (parent && parent.nodeName === 'OL') {
      const index = Array.prototype.indexOf.call(parent.children, node);
      // `<ol start="3">` numbers from 3, as the HTML does.
      const start = Number.parseInt(parent.getAttribute('start') ?? '', 10);
      marker = `${(Number.isSafeInteger(start) && start >= 0 ? start : 1) + index}. `;
    }
    const indent = ' '.repeat(marker.length);
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${indent}`);
    const next = (node as { nextSibling: unknown }).nextSibling;
    return marker + withoutTrailingBreak(body.trimEnd()) + (next ? '\n' : '');
  },
});

// Text that reached the Markdown as `<word...` (an escaped `&lt;` in the HTML, or a placeholder
// such as `<N>`) would read as inline HTML; `\<` keeps it literal. Code is not escaped by turndown.
const escapeText = turndown.escape.bind(turndown);
turndown.escape = (text: string) => escapeText(text).replace(/<(?=[A-Za-z/!?])/g, '\\<');

/**
 * The elements AWS documentation is written with. Anything else that looks like a tag
 * (`Caption Selector <N>`, `<Accessibility schemeIdUri="..."/>`, `/aws/lambda/<function name>`) is
 * text the author meant literally; an HTML parser would swallow it as an unknown element.
 */
const DOC_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt',
  'em', 'fullname', 'h[1-6]', 'hr', 'i', 'img', 'important', 'ins', 'kbd', 'li', 'mark', 'note', 'ol', 'p', 'pre', 'q', 's',
  'samp', 'section', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr',
  'tt', 'u', 'ul', 'var',
];
const NOT_A_DOC_TAG = new RegExp(`<(?!/?(?:${DOC_TAGS.join('|')})(?=[\\s/>])|!--)`, 'gi');

function escapeUnknownTags(html: string): string {
  return html.replace(NOT_A_DOC_TAG, '&lt;');
}

/** A fence line, possibly after list markers (`- ```` in a list item). */
const FENCE = /^\s*(?:(?:[-+*]|\d+[.)])\s+)*(`{3,}|~{3,})/;

/**
 * Trailing spaces trimmed and runs of blank lines collapsed, except inside fenced code blocks,
 * whose content is kept byte for byte. A hard break turndown wrote (`\` at the end of a line) right
 * before a blank line or the end would show as a literal backslash, so it is dropped there.
 */
function tidyMarkdown(markdown: string, fromHtml: boolean): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    if (fence !== undefined) {
      out.push(line);
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) fence = open[1];
    const trimmed = line.trimEnd();
    if (trimmed === '') {
      if (fromHtml) dropHardBreak(out);
      if (out.length > 0 && out[out.length - 1] === '') continue;
    }
    out.push(trimmed);
  }
  if (fromHtml && fence === undefined) dropHardBreak(out);
  return out.join('\n').trim();
}

function dropHardBreak(lines: string[]): void {
  if (lines.length > 0) lines[lines.length - 1] = withoutTrailingBreak(lines[lines.length - 1]);
}

/** The text without a hard break at its very end (an odd run of backslashes; an even one is escaped text). */
function withoutTrailingBreak(text: string): string {
  const backslashes = /\\*$/.exec(text)![0].length;
  return backslashes % 2 === 1 ? text.slice(0, -1).trimEnd() : text;
}

const LOOKS_LIKE_HTML = /<[a-zA-Z/][^>]*>|&[a-zA-Z#0-9]+;/;
const cache = new Map<string, string | undefined>();

/** Markdown for a documentation string; `undefined` when nothing but whitespace remains. */
export function htmlToMarkdown(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const cached = cache.get(html);
  if (cached !== undefined || cache.has(html)) return cached;
  // Plain text is already Markdown; running it through turndown would only add escapes.
  const fromHtml = LOOKS_LIKE_HTML.test(html);
  const tidy = tidyMarkdown(fromHtml ? turndown.turndown(escapeUnknownTags(html)) : html, fromHtml);
  const result = tidy === '' ? undefined : tidy;
  cache.set(html, result);
  return result;
}
