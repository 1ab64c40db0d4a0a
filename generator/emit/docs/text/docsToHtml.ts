/**
 * Model docs as HTML, by markdown-it's own renderer over the same locked-down parser: raw HTML in
 * the model is text, images are off, and only http(s) and mailto links survive. Headings are
 * shown as bold paragraphs, as in the other formats, so model docs cannot restructure the page.
 */
import { docsParser } from './parseDocs.ts';

const renderer = docsParser.renderer;
renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};
renderer.rules.heading_open = () => '<p class="docs-heading"><strong>';
renderer.rules.heading_close = () => '</strong></p>\n';

/** Safe HTML for a model docs string. */
export function docsToHtml(markdown: string): string {
  return docsParser.render(markdown).trim();
}
