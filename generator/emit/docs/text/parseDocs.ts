/**
 * Model docs are Markdown. They are parsed once, by one parser, into a small tree that each output
 * format renders by its own escaping rules; no format ever pastes the model's Markdown source.
 *
 * The parser is configured for untrusted input: raw HTML is not recognised (it stays text), images
 * are disabled (an image would make the HTML reference fetch from the network), and only absolute
 * http(s) and mailto links become links (a relative link in a model would dangle in every format).
 */
import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export const docsParser = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
docsParser.disable(['image']);
docsParser.validateLink = (url: string) => SAFE_LINK.test(url.trim());

/** One node of parsed docs: a block or inline element, or a leaf carrying text. */
export interface DocNode {
  /** markdown-it's token type without `_open`: `paragraph`, `bullet_list`, `text`, `code_inline`, `link`, ... */
  type: string;
  /** Text of a leaf (`text`, `code_inline`, `fence`, `code_block`). */
  content: string;
  /** Link target of a `link`. */
  href: string;
  /** A paragraph of a tight list item (markdown-it renders it without `<p>`). */
  tight?: boolean;
  children: DocNode[];
}

function node(type: string, content = '', href = ''): DocNode {
  return { type, content, href, children: [] };
}

/** Turns markdown-it's flat token stream (with `_open`/`_close` pairs and inline children) into a tree. */
function buildTree(tokens: Token[], root: DocNode): void {
  const stack = [root];
  for (const token of tokens) {
    const parent = stack[stack.length - 1];
    if (token.nesting === 1) {
      const opened = node(token.type.replace(/_open$/, ''), '', String(token.attrGet('href') ?? ''));
      if (token.type === 'paragraph_open' && token.hidden) opened.tight = true;
      parent.children.push(opened);
      stack.push(opened);
    } else if (token.nesting === -1) {
      stack.pop();
    } else if (token.type === 'inline') {
      buildTree(token.children ?? [], parent);
    } else if (token.type === 'text' && token.content === '') {
      // markdown-it leaves empty text tokens beside markup; they carry nothing and would hide what a line starts with.
    } else {
      parent.children.push(node(token.type, token.content));
    }
  }
}

export function parseDocs(markdown: string): DocNode {
  const root = node('root');
  buildTree(docsParser.parse(markdown, {}), root);
  return root;
}

/** The plain text of a node and its descendants, markup dropped. */
export function plainText(n: DocNode): string {
  if (n.children.length === 0) return n.type === 'softbreak' || n.type === 'hardbreak' ? ' ' : n.content;
  return n.children.map(plainText).join(n.type === 'root' || n.type.endsWith('list') ? ' ' : '');
}

/** The first paragraph of docs as plain text: what index tables and error lists show. */
export function summaryOf(markdown: string | undefined): string {
  if (!markdown) return '';
  const first = parseDocs(markdown).children.find((n) => n.type === 'paragraph');
  return first ? plainText(first).trim() : '';
}
