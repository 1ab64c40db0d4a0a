/**
 * Model docs are re-rendered, not copied, into Markdown pages. Re-rendering must keep their
 * meaning: over every docs string of three real AWS models (thousands of paragraphs, lists, code
 * and links as the botocore importer writes them), the re-rendered Markdown renders to the same
 * HTML as the original, headings aside (they become bold lines by design).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { docsToMarkdown } from '../../generator/emit/docs/text/docsToMarkdown.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';
import { repoRoot } from './harness.ts';

// The reader's renderer, with the emitter's own limits: no raw HTML, no images, only web links.
const reader = new MarkdownIt('default', { html: false, linkify: false }).disable(['image']);
reader.validateLink = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());

const normalise = (html: string) =>
  html
    .replace(/<h[1-6]>(.*?)<\/h[1-6]>/g, '<p><strong>$1</strong></p>')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();

function docsOf(ir: ServiceIR): Set<string> {
  const docs = new Set<string>();
  const add = (d: string | undefined) => d && docs.add(d);
  add(ir.docs);
  ir.operations.forEach((o) => add(o.docs));
  for (const s of ir.shapes) {
    add(s.docs);
    if (s.type === 'structure' || s.type === 'union') s.members.forEach((m) => add(m.docs));
  }
  return docs;
}

test('re-rendered docs of real models mean what the model says', () => {
  let total = 0;
  const differing: string[] = [];
  for (const model of ['socialmessaging-2024-01-01', 'lambda-2015-03-31', 'connect-2017-08-08']) {
    const json = JSON.parse(readFileSync(join(repoRoot, `../shared/reference/botocore/${model}.json`), 'utf8'));
    for (const docs of docsOf(importBotocore(json).ir)) {
      total += 1;
      if (normalise(reader.render(docs)) !== normalise(reader.render(docsToMarkdown(docs)))) differing.push(docs.slice(0, 200));
    }
  }
  assert.ok(total > 3000, `only ${total} docs strings read`);
  assert.equal(differing, []);
});

test('tight and loose lists, nested lists, code blocks and links survive', () => {
  const samples = [
    '- a\n- b',
    '- a\n\n- b',
    '- `X`\n\n  - nested one\n  - nested two\n\n- next',
    '1. first\n2. second\n\n   more of second',
    'Text with `code`, *em*, **strong** and [a link](https://example.com/a_(b)).',
    '```\nline 1\n\n\nline 4 after blanks\n```',
    '> quoted **text**',
  ];
  for (const docs of samples) {
    assert.is(normalise(reader.render(docsToMarkdown(docs))), normalise(reader.render(docs)), docs);
  }
});

test.run();
