/**
 * One Handlebars environment per output format, each with the same helper names and that format's
 * escaping: `text` (inline text), `code` (inline code), `docs` (model Markdown as a block),
 * `codeBlock` (a code block, from an argument or the block's content), `indent` (nest a block).
 * Helpers return SafeStrings, so templates use `{{helper value}}`; triple-stash is used only for
 * output these helpers or the view builders already escaped for the format.
 */
import Handlebars from 'handlebars';
import { escapeMarkdownText, markdownCodeBlock, markdownCodeSpan, markdownLinkTarget } from '../text/escapeMarkdown.ts';
import { escapeRstText, rstCodeBlock, rstLiteral } from '../text/escapeRst.ts';
import { docsToMarkdown } from '../text/docsToMarkdown.ts';
import { docsToRst } from '../text/docsToRst.ts';
import { docsToHtml } from '../text/docsToHtml.ts';
import { indentLines } from '../text/indent.ts';

export type Format = 'markdown' | 'rst' | 'html';

interface FormatRules {
  text(s: string): string;
  code(s: string): string;
  docs(s: string): string;
  codeBlock(code: string, lang: string): string;
  /** A link target as the format writes it. */
  href(s: string): string;
}

const escapeHtml = (s: string) => Handlebars.Utils.escapeExpression(s);

const RULES: Record<Format, FormatRules> = {
  markdown: {
    text: escapeMarkdownText,
    code: markdownCodeSpan,
    docs: docsToMarkdown,
    codeBlock: (code, lang) => `${markdownCodeBlock(code, lang)}\n`,
    href: markdownLinkTarget,
  },
  rst: {
    text: escapeRstText,
    code: rstLiteral,
    docs: docsToRst,
    codeBlock: (code) => `${rstCodeBlock(code)}\n`,
    href: (s) => s.replace(/[<>`\s\\]/g, (c) => encodeURIComponent(c)),
  },
  html: {
    text: escapeHtml,
    code: (s) => `<code>${escapeHtml(s)}</code>`,
    docs: docsToHtml,
    codeBlock: (code, lang) => `<pre><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(code.replace(/\n$/, ''))}</code></pre>`,
    href: escapeHtml,
  },
};

/**
 * The same docs recur on many pages (a shared shape's docs at every use), and parsing dominates
 * emitting time on big models: each format keeps its rendering of each docs string. The cache is
 * emptied when it grows past any one model's needs, so a long `--watch` session stays small.
 */
const REMEMBERED_MAX = 50_000;

function remembered(render: (markdown: string) => string): (markdown: string) => string {
  const cache = new Map<string, string>();
  return (markdown) => {
    if (cache.size > REMEMBERED_MAX) cache.clear();
    let out = cache.get(markdown);
    if (out === undefined) cache.set(markdown, (out = render(markdown)));
    return out;
  };
}

type Options = Handlebars.HelperOptions;
const isOptions = (x: unknown): x is Options => typeof x === 'object' && x !== null && 'hash' in x;

export function createEnvironment(format: Format): typeof Handlebars {
  const env = Handlebars.create();
  const rules = RULES[format];
  const safe = (s: string) => new env.SafeString(s);
  const str = (x: unknown) => (x === undefined || x === null ? '' : String(x));

  env.registerHelper('text', (value: unknown) => safe(rules.text(str(value))));
  env.registerHelper('code', (value: unknown) => safe(rules.code(str(value))));
  const docs = remembered(rules.docs);
  env.registerHelper('docs', (value: unknown) => safe(docs(str(value))));
  env.registerHelper('linkTarget', (value: unknown) => safe(rules.href(str(value))));
  env.registerHelper('codeBlock', function (this: unknown, ...args: unknown[]) {
    const options = args.pop() as Options;
    const lang = typeof options.hash.lang === 'string' ? options.hash.lang : '';
    const code = args.length > 0 ? str(args[0]) : options.fn(this);
    return safe(rules.codeBlock(code, lang));
  });
  env.registerHelper('indent', function (this: unknown, width: unknown, options: unknown) {
    if (!isOptions(options)) throw new Error('indent is a block helper: {{#indent 2}}...{{/indent}}');
    const pad = ' '.repeat(Number(width));
    return safe(indentLines(options.fn(this), pad));
  });
  /** `{{#inResponse}}...{{/inResponse}}`: sets `@response` for everything inside, partials included. */
  env.registerHelper('inResponse', function (this: unknown, options: Options) {
    const data = env.createFrame(options.data ?? {});
    data.response = true;
    return options.fn(this, { data });
  });
  env.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(str).join(''));
  /** `{{rule "*" text}}`: an RST or Markdown title line of the text's own width. */
  env.registerHelper('rule', (char: unknown, value: unknown) => safe(str(char).repeat(Math.max(3, [...str(value)].length))));
  return env;
}
