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
});

// Turndown's default list item pads the marker to four columns (`-   item`) and leaves blank,
// space-only lines between items; a marker plus one space reads better in YAML and diffs.
turndown.addRule('listItem', {
  filter: 'li',
  replacement(content, node) {
    const parent = node.parentNode as { nodeName: string; children: ArrayLike<unknown> } | null;
    let marker = '- ';
    if (parent && parent.nodeName === 'OL') {
      const index = Array.prototype.indexOf.call(parent.children, node);
      marker = `${index + 1}. `;
    }
    const indent = ' '.repeat(marker.length);
    const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${indent}`);
    const next = (node as { nextSibling: unknown }).nextSibling;
    return marker + body.trimEnd() + (next ? '\n' : '');
  },
});

const LOOKS_LIKE_HTML = /<[a-zA-Z/][^>]*>|&[a-zA-Z#0-9]+;/;
const cache = new Map<string, string | undefined>();

/** Markdown for a documentation string; `undefined` when nothing but whitespace remains. */
export function htmlToMarkdown(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const cached = cache.get(html);
  if (cached !== undefined || cache.has(html)) return cached;
  // Plain text is already Markdown; running it through turndown would only add escapes.
  const markdown = LOOKS_LIKE_HTML.test(html) ? turndown.turndown(html) : html;
  const tidy = markdown
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const result = tidy === '' ? undefined : tidy;
  cache.set(html, result);
  return result;
}
