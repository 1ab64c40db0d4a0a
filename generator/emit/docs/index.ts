/**
 * The docs emitter: the package README, and a reference in three formats, all rendered from the
 * same views by Handlebars templates under templates/docs/:
 * - Markdown: `docs/index.md`, `docs/operations/<Operation>.md`, `docs/shapes/<Shape>.md`;
 * - reStructuredText in boto3's layout: `docs/rst/<snake_case_operation>.rst`;
 * - a static HTML site: `docs/html/index.html`, `docs/html/operations/<Operation>.html`,
 *   `docs/html/shapes/<Shape>.html` and its assets (no inline script, nothing fetched).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emitter, EmittedFile } from '../emitter.ts';
import type { ServiceIR } from '../../ir/types.ts';
import { pageTemplate, tidy, TEMPLATE_ROOT } from './render/templates.ts';
import type { Format } from './render/formats.ts';
import { serviceView, type ServiceView } from './view/service.ts';
import { tsString } from './view/tsLiteral.ts';
import { wrapRst } from './text/wrapRst.ts';

/** Values the pages' code examples need, already valid TypeScript or shell. */
function codeLiterals(service: ServiceView) {
  const name = service.packageName;
  return {
    packageNameLiteral: tsString(name),
    validatorsEntryLiteral: tsString(`${name}/validators`),
    mockEntryLiteral: tsString(`${name}/mock`),
    packageNameShell: /^[A-Za-z0-9@/._~-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`,
  };
}

function render(format: Format, template: string, view: object): string {
  const out = pageTemplate(format, template)(view);
  if (format === 'html') return out;
  return format === 'rst' ? wrapRst(tidy(out)) : tidy(out);
}

interface Site {
  format: Format;
  /** Folder of the reference in the package. */
  dir: string;
  ext: '.md' | '.html';
}

function referencePages(ir: ServiceIR, site: Site): EmittedFile[] {
  const service = serviceView(ir, site.ext);
  const common = { service, ...codeLiterals(service) };
  const page = (path: string, template: string, root: string, pageTitle: string, view: object = {}) => ({
    path: `${site.dir}/${path}`,
    contents: render(site.format, template, { ...common, ...view, root, pageTitle }),
  });
  return [
    page(`index${site.ext}`, 'index', '', 'API reference'),
    ...service.operations.map((op, i) => page(service.operationNav[i].href, 'operation', '../', op.name, op)),
    ...service.shapes.map((shape) => page(shape.type.href!, 'shape', '../', shape.name, shape)),
  ];
}

function readme(ir: ServiceIR): EmittedFile {
  const service = serviceView(ir, '.md');
  return { path: 'README.md', contents: render('markdown', 'readme', { service, ...codeLiterals(service), root: 'docs/' }) };
}

function rstPages(ir: ServiceIR): EmittedFile[] {
  const service = serviceView(ir, '.md');
  return service.operations.map((op) => ({
    path: `docs/rst/${op.snakeName}.rst`,
    contents: render('rst', 'operation', { ...op, service, root: '../' }),
  }));
}

const ASSETS = join(TEMPLATE_ROOT, 'html', 'assets');

function htmlAssets(): EmittedFile[] {
  return readdirSync(ASSETS)
    .sort()
    .map((file) => ({ path: `docs/html/assets/${file}`, contents: readFileSync(join(ASSETS, file), 'utf8') }));
}

export const emitDocs: Emitter = (ir) => [
  readme(ir),
  ...referencePages(ir, { format: 'markdown', dir: 'docs', ext: '.md' }),
  ...rstPages(ir),
  ...referencePages(ir, { format: 'html', dir: 'docs/html', ext: '.html' }),
  ...htmlAssets(),
];
