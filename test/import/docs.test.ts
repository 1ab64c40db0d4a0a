import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { htmlToMarkdown } from '../../generator/import/common/docs.ts';
import { SHARED_MODELS, readJson, sharedModelPath } from './harness.ts';

test('text in angle brackets that is no documentation tag stays, escaped for Markdown', () => {
  assert.is(htmlToMarkdown('The format is "Caption Selector <N>", the Nth selector.'), 'The format is "Caption Selector \\<N>", the Nth selector.');
  assert.is(htmlToMarkdown('Adds <Accessibility schemeIdUri="urn:x" value="caption"/>. Keep'), 'Adds \\<Accessibility schemeIdUri="urn:x" value="caption"/>. Keep');
  assert.is(htmlToMarkdown('<p>Mark up with <Accessibility> elements.</p>'), 'Mark up with \\<Accessibility> elements.');
  // Code spans are literal in Markdown: no escape there.
  assert.is(htmlToMarkdown('<p>named <code>/aws/lambda/<function name></code>.</p>'), 'named `/aws/lambda/<function name>`.');
  assert.is(htmlToMarkdown('<p>An escaped &lt;tag&gt;, and a &lt; b.</p>'), 'An escaped \\<tag>, and a < b.');
});

test('documentation tags are still converted', () => {
  assert.is(htmlToMarkdown('<fullname>Svc</fullname><p>A <b>bold</b> <a href="https://x.test/">link</a><br/>and <i>more</i>.</p><note><p>Note.</p></note>'), 'Svc\n\nA **bold** [link](https://x.test/)\\\nand _more_.\n\nNote.');
});

test('code blocks keep their blank lines and trailing spaces', () => {
  assert.is(htmlToMarkdown('<pre><code>a\n\n\n\nb  \n  c</code></pre><p>x</p>\n\n\n\n<p>y</p>'), '```\na\n\n\n\nb  \n  c\n```\n\nx\n\ny');
  // In a list item, the fence is indented with the item.
  assert.is(htmlToMarkdown('<ul><li><pre><code>a\n\n\nb</code></pre></li></ul>'), '- ```\n  a\n  \n  \n  b\n  ```');
});

test('a line break is a backslash hard break; one that ends a paragraph is dropped', () => {
  assert.is(htmlToMarkdown('<p>line<br>break</p>'), 'line\\\nbreak');
  assert.is(htmlToMarkdown('<p>end<br></p><p>next<br/></p>'), 'end\n\nnext');
  assert.is(htmlToMarkdown('<ul><li>a<br></li><li>b<br>c</li></ul>'), '- a\n- b\\\n  c');
  // A literal backslash at the end of plain text is not a break.
  assert.is(htmlToMarkdown('C:\\'), 'C:\\');
});

test('an ordered list keeps its start number', () => {
  assert.is(htmlToMarkdown('<ol start="3"><li>three</li><li>four</li></ol>'), '3. three\n4. four');
  assert.is(htmlToMarkdown('<ol><li>one</li><li>two</li></ol>'), '1. one\n2. two');
});

test('plain text is kept as it is, runs of blank lines collapsed', () => {
  assert.is(htmlToMarkdown('a_b *c*\n\n\n\nd  '), 'a_b *c*\n\nd');
  assert.is(htmlToMarkdown('  \n '), undefined);
});

test('shared models: no text in angle brackets is lost', () => {
  const KNOWN = /^(p|code|a|li|ul|ol|b|i|dt|dd|dl|note|important|fullname|br|pre|strong|em|div|span|table|tr|td|th|thead|tbody|h[1-6]|title|sup|sub)$/i;
  const lost: string[] = [];
  let seen = 0;
  for (const [format, file] of SHARED_MODELS) {
    const docs = new Set<string>();
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o)) {
          if ((k === 'documentation' || k === 'smithy.api#documentation') && typeof v === 'string') docs.add(v);
          else walk(v);
        }
      }
    };
    walk(readJson(sharedModelPath(format, file)));
    for (const html of docs) {
      for (const [tag, name] of html.matchAll(/<\/?([A-Za-z][^\s>/]*)[^>]*>/g)) {
        if (KNOWN.test(name)) continue;
        seen++;
        const markdown = htmlToMarkdown(html) ?? '';
        if (!markdown.includes(tag) && !markdown.includes(`\\${tag}`)) lost.push(`${format}/${file}: ${tag}`);
      }
    }
  }
  assert.ok(seen >= 8, `the shared models have such text (${seen})`);
  assert.equal(lost, []);
});

test.run();
