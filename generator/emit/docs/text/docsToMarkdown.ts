/**
 * Model docs re-rendered as Markdown from the parsed tree rather than copied: the model's own
 * Markdown keeps its meaning (emphasis, code, links, lists) while anything the parser read as text,
 * including raw HTML, comes out escaped. Headings are shown as bold lines so model docs cannot
 * restructure the page they sit in.
 */
import { parseDocs, type DocNode } from './parseDocs.ts';
import { escapeMarkdownText, markdownCodeBlock, markdownCodeSpan, markdownLinkTarget } from './escapeMarkdown.ts';
import { indentLines } from './indent.ts';

function inline(nodes: DocNode[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(n: DocNode): string {
  switch (n.type) {
    case 'text':
      return escapeMarkdownText(n.content);
    case 'code_inline':
      return markdownCodeSpan(n.content);
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    case 'strong':
      return `**${inline(n.children)}**`;
    case 'em':
      return `*${inline(n.children)}*`;
    case 's':
      return `~~${inline(n.children)}~~`;
    case 'link':
      return `[${inline(n.children)}](${markdownLinkTarget(n.href)})`;
    default:
      return inline(n.children);
  }
}

/** A list stays tight or loose as the model wrote it: loose lists keep blank lines between blocks. */
function listItems(n: DocNode, ordered: boolean): string {
  const loose = n.children.some((item) => item.children.some((b) => b.type === 'paragraph' && !b.tight));
  const gap = loose ? '\n\n' : '\n';
  return n.children
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      return indentLines(blocks(item.children, gap), ' '.repeat(marker.length), marker);
    })
    .join(gap);
}

function tableRows(n: DocNode): string[][] {
  const rows: string[][] = [];
  const visit = (x: DocNode) => {
    if (x.type === 'tr') rows.push(x.children.map((cell) => inline(cell.children)));
    else x.children.forEach(visit);
  };
  visit(n);
  return rows;
}

function block(n: DocNode): string {
  switch (n.type) {
    case 'paragraph':
      return inline(n.children);
    case 'heading':
      return `**${inline(n.children)}**`;
    case 'bullet_list':
      return listItems(n, false);
    case 'ordered_list':
      return listItems(n, true);
    case 'blockquote':
      return indentLines(blocks(n.children), '> ').replace(/^$/gm, '>');
    case 'fence':
    case 'code_block':
      return markdownCodeBlock(n.content);
    case 'hr':
      return '---';
    case 'table': {
      const [head = [], ...body] = tableRows(n);
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [row(head), row(head.map(() => '---')), ...body.map(row)].join('\n');
    }
    default:
      return inline(n.children);
  }
}

function blocks(nodes: DocNode[], separator = '\n\n'): string {
  return nodes.map(block).filter((b) => b !== '').join(separator);
}

/** Safe Markdown for a model docs string. */
export function docsToMarkdown(markdown: string): string {
  return blocks(parseDocs(markdown).children);
}
