/**
 * Templates are files under templates/docs/: `<format>/*.hbs` are pages, `<format>/partials/*.hbs`
 * and `shared/*.hbs` are partials (shared partials use only the format helpers, so they render in
 * every format). Each format's templates are read and compiled once per process; model text only
 * ever reaches them as data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { createEnvironment, type Format } from './formats.ts';

export const TEMPLATE_ROOT = fileURLToPath(new URL('../../../../templates/docs/', import.meta.url));

export type PageTemplate = (view: object) => string;

function hbsFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

function compileFormat(format: Format): Map<string, PageTemplate> {
  const env: typeof Handlebars = createEnvironment(format);
  // Every helper is known when templates compile, so a `{{name}}` is a plain lookup, not a search
  // for a helper of that name first; a misspelt helper is a compile error instead of empty output.
  const options = { knownHelpers: Object.fromEntries(Object.keys(env.helpers).map((name) => [name, true])), knownHelpersOnly: true };
  for (const file of [...hbsFiles(join(TEMPLATE_ROOT, 'shared')), ...hbsFiles(join(TEMPLATE_ROOT, format, 'partials'))]) {
    // A partial is used inline as often as on its own line: its file's final newline is not part of it.
    env.registerPartial(basename(file, '.hbs'), env.compile(readFileSync(file, 'utf8').replace(/\n$/, ''), options));
  }
  const pages = new Map<string, PageTemplate>();
  for (const file of hbsFiles(join(TEMPLATE_ROOT, format))) {
    const template = env.compile(readFileSync(file, 'utf8'), options);
    pages.set(basename(file, '.hbs'), (view) => template(view));
  }
  return pages;
}

const compiled = new Map<Format, Map<string, PageTemplate>>();

/** A page template of a format, compiled on first use. */
export function pageTemplate(format: Format, name: string): PageTemplate {
  if (!compiled.has(format)) compiled.set(format, compileFormat(format));
  const template = compiled.get(format)!.get(name);
  if (!template) throw new Error(`docs: no template ${format}/${name}.hbs under ${TEMPLATE_ROOT}`);
  return template;
}

/**
 * Markdown and RST pages: no trailing spaces, at most one blank line in a row, one final newline.
 * Templates leave runs of blank lines where sections are left out; fenced code is left as it is.
 */
export function tidy(text: string): string {
  const out: string[] = [];
  let fence = '';
  for (const raw of text.split('\n')) {
    const end = raw.charCodeAt(raw.length - 1);
    const line = fence || (end !== 32 && end !== 9) ? raw : raw.replace(/[ \t]+$/, '');
    const marker = line.startsWith('```') ? /^(`{3,})/.exec(line)![1] : undefined;
    if (!fence && marker) fence = marker;
    else if (fence && marker && line.trim() === marker && marker.length >= fence.length) fence = '';
    else if (!fence && line === '' && out.length > 0 && out[out.length - 1] === '') continue;
    out.push(line);
  }
  return `${out.join('\n').trim()}\n`;
}
