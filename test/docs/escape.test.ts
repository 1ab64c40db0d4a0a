/**
 * The per-format escapers, checked by rendering their output with a real parser of that format
 * where one is at hand (markdown-it for Markdown) and by the syntax rules otherwise.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import MarkdownIt from 'markdown-it';
import { escapeMarkdownText, markdownCodeBlock, markdownCodeSpan } from '../../generator/emit/docs/text/escapeMarkdown.ts';
import { tidy } from '../../generator/emit/docs/render/templates.ts';
import { escapeRstText, pythonString, rstCodeBlock, rstLiteral } from '../../generator/emit/docs/text/escapeRst.ts';

// A CommonMark renderer with raw HTML on, as GitHub would treat it: escaping must hold even there.
const commonmark = new MarkdownIt('commonmark', { html: true });
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const NASTY = [
  '*bold* _em_ `code` [link](http://x) ![img](http://x/y.png)',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '# heading',
  '- list item',
  '1. numbered',
  '> quote',
  '| a | b |',
  '&amp; &#60; entity',
  'back\\slash \\* escaped',
  '~~strike~~ and <http://autolink.example>',
  '{{handlebars}} */ end of comment',
  '===',
];

test('Markdown text renders as exactly itself, with no element but the paragraph', () => {
  for (const text of NASTY) {
    const html = commonmark.render(escapeMarkdownText(text));
    assert.is(html.trim().startsWith('<p>'), true, `${text} -> ${html}`);
    assert.is(html.match(/<[a-z]/g)?.length, 1, `only the <p> element expected for ${text}: ${html}`);
    assert.is(textOf(html), text);
  }
});

test('Markdown text stays on one line: line breaks become spaces', () => {
  assert.is(escapeMarkdownText('a\n\n# b\u2028c'), 'a # b c');
  assert.is(escapeMarkdownText('# b\n- c'), '\\# b - c');
  // A version number is not a list item: only `1.` followed by a space would be.
  assert.is(escapeMarkdownText('0.1.0'), '0.1.0');
});

test('Markdown code spans show their text verbatim, whatever backticks it holds', () => {
  for (const text of ['plain', 'a`b', '``x``', '`start', 'end`', ' lead', '<b>&amp;</b>']) {
    const html = commonmark.renderInline(markdownCodeSpan(text));
    const code = /^<code>(.*)<\/code>$/s.exec(html);
    assert.ok(code, `${text} -> ${html}`);
    assert.is(textOf(code[1]), text.trim() === text ? text : text.trim() || text);
  }
});

test('a Markdown code block cannot be closed by its content', () => {
  const code = 'before\n```\n<script>alert(1)</script>\n````\nafter';
  const html = commonmark.render(`${markdownCodeBlock(code, 'ts')}\n\n# Heading after`);
  assert.is(html.match(/<pre>/g)?.length, 1);
  assert.ok(html.includes('&lt;script&gt;'));
  assert.ok(html.includes('<h1>Heading after</h1>'));
});

test('RST text escapes inline markup and cannot open a directive, list or title', () => {
  assert.is(escapeRstText('.. raw:: html'), '\\.. raw:: html');
  assert.is(escapeRstText('- item'), '\\- item');
  assert.is(escapeRstText('1. item'), '\\1. item');
  assert.is(escapeRstText('*a* `b` |c| d_ _e'), '\\*a\\* \\`b\\` \\|c\\| d\\_ \\_e');
  assert.is(escapeRstText('snake_case stays'), 'snake_case stays');
  assert.is(escapeRstText('≥ 1 is not markup'), '≥ 1 is not markup');
  // docutils would make a link of any scheme:rest in text, javascript: included.
  assert.is(escapeRstText('see javascript:alert(1) or https://x'), 'see javascript\\:alert(1) or https\\://x');
});

test('RST literals fall back to escaped text when RST cannot hold them', () => {
  assert.is(rstLiteral('^[a-z]+$'), '``^[a-z]+$``');
  assert.is(rstLiteral('a``b'), 'a\\`\\`b');
  assert.is(rstLiteral('ends with \\'), 'ends with \\\\');
});

test('an RST literal block indents every line, so nothing in it is markup', () => {
  const block = rstCodeBlock('x\n.. raw:: html\n\n<script>');
  assert.is(block, '::\n\n    x\n    .. raw:: html\n\n    <script>');
});

test('Python string literals escape quotes, backslashes and control characters', () => {
  assert.is(pythonString("it's \\ \n"), "'it\\'s \\\\ \\u000a'");
});

test("pages are tidied outside code only: blank lines inside a fence are the example’s own", () => {
  assert.is(tidy('a  \n\n\n\nb\n```\nx  \n\n\n\ny\n```\n\n\nc'), 'a\n\nb\n```\nx  \n\n\n\ny\n```\n\nc\n');
});

test.run();
