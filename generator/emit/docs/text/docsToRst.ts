/**
 * Model docs rendered as reStructuredText from the parsed tree. RST cannot nest inline markup, so
 * emphasis and links hold plain escaped text; code blocks become indented literal blocks.
 */
import { parseDocs, plainText, type DocNode } from './parseDocs.ts';
import { escapeRstInline, escapeRstLineStart, rstCodeBlock, rstLink, rstLiteral } from './escapeRst.ts';
import { indentLines } from './indent.ts';

/**
 * Inline markup in RST must not touch a word character on its outer side. Markup is wrapped in
 * EDGE marks; where an edge meets a letter or digit it becomes `\ ` (an invisible separator),
 * elsewhere it disappears, so the page reads like hand-written RST.
 */
const EDGE = '\uE000';
function markup(open: string, body: string, close: string): string {
  return body.trim() === '' ? '' : `${EDGE}${open}${body.trim()}${close}${EDGE}`;
}

function resolveEdges(text: string): string {
  return text
    .replace(/(?<=[A-Za-z0-9])\uE000|\uE000(?=[A-Za-z0-9])/g, '\\ ')
    .replace(/\uE000/g, '');
}

function inlineNode(n: DocNode): string {
  switch (n.type) {
    case 'text':
      return escapeRstInline(n.content.replaceAll(EDGE, ''));
    case 'code_inline':
      return markup('', rstLiteral(n.content), '');
    case 'softbreak':
    case 'hardbreak':
      return ' ';
    case 'strong':
      return markup('**', escapeRstInline(plainText(n)), '**');
    case 'em':
      return markup('*', escapeRstInline(plainText(n)), '*');
    case 'link':
      return markup('', rstLink(plainText(n), n.href), '');
    default:
      return n.children.map(inlineNode).join('');
  }
}

/** A paragraph on one line; text at its start is escaped where it could open a list, directive or title. */
function paragraph(nodes: DocNode[]): string {
  const text = resolveEdges(nodes.map(inlineNode).join(''));
  return nodes[0]?.type === 'text' ? escapeRstLineStart(text) : text;
}

function listItems(n: DocNode, ordered: boolean): string {
  return n.children
    .map((item) => {
      const marker = ordered ? '#. ' : '* ';
      return indentLines(blocks(item.children), ' '.repeat(marker.length), marker);
    })
    .join('\n');
}

function block(n: DocNode): string {
  switch (n.type) {
    case 'paragraph':
      return paragraph(n.children);
    case 'heading':
      return paragraph([{ ...n, type: 'strong' }]);
    case 'bullet_list':
      return listItems(n, false);
    case 'ordered_list':
      return listItems(n, true);
    case 'blockquote':
      return indentLines(blocks(n.children), '    ');
    case 'fence':
    case 'code_block':
      return rstCodeBlock(n.content);
    case 'table': {
      const rows: DocNode[] = [];
      const visit = (x: DocNode) => (x.type === 'tr' ? rows.push(x) : x.children.forEach(visit));
      visit(n);
      return rows.map((row) => `* ${row.children.map((cell) => paragraph(cell.children)).join(' — ')}`).join('\n');
    }
    case 'hr':
      return '';
    default:
      return paragraph(n.children);
  }
}

function blocks(nodes: DocNode[]): string {
  return nodes.map(block).filter((b) => b !== '').join('\n\n');
}

/** RST for a model docs string. */
export function docsToRst(markdown: string): string {
  return blocks(parseDocs(markdown).children);
}
