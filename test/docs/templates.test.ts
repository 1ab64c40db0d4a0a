/**
 * Static checks of the docs templates and the code that compiles them: Handlebars escapes for
 * HTML, which is wrong for Markdown and RST, so there every value must go through a format helper;
 * triple-stash (no escaping) is allowed only inside a `codeBlock`, whose helper escapes the whole
 * block for its format; and nothing but the template files is ever compiled.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLATE_ROOT } from '../../generator/emit/docs/render/templates.ts';
import { createEnvironment } from '../../generator/emit/docs/render/formats.ts';
import { repoRoot } from './harness.ts';

type Node = hbs.AST.Node;

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** The helpers every format registers: a bare `{{name}}` of one of them calls it instead of reading a field. */
const HELPERS = new Set(Object.keys(createEnvironment('html').helpers).filter((h) => !(h in Handlebars.create().helpers)));

/** A partial whose name starts with `code` is a code fragment: it may only be used inside a codeBlock. */
const isCodePartial = (name: string) => /^code[A-Z]/.test(name);

/** Every problem in one template: bare values where the format needs a helper, unescaped output outside code. */
function problemsOf(source: string, name: string, needsHelper: boolean): string[] {
  const problems: string[] = [];
  const where = (n: Node) => `${name}:${n.loc.start.line}`;
  const visit = (node: Node | undefined, inCode: boolean) => {
    if (!node) return;
    if (node.type === 'Program') (node as hbs.AST.Program).body.forEach((n) => visit(n, inCode));
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      const isHelper = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
      if (!m.escaped && !inCode) problems.push(`${where(m)}: unescaped output outside a codeBlock`);
      if (m.escaped && needsHelper && !isHelper) problems.push(`${where(m)}: a bare value in a Markdown or RST template (use text, code or docs)`);
      const name = (m.path as hbs.AST.PathExpression).original;
      if (!isHelper && HELPERS.has(name)) problems.push(`${where(m)}: {{${name}}} calls the ${name} helper, not the field of that name`);
    }
    if (node.type === 'PartialStatement') {
      const p = node as hbs.AST.PartialStatement;
      const partial = (p.name as hbs.AST.PathExpression).original;
      if (isCodePartial(partial) && !inCode) problems.push(`${where(p)}: code partial ${partial} used outside a codeBlock`);
    }
    if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const code = inCode || (b.path as hbs.AST.PathExpression).original === 'codeBlock';
      visit(b.program, code);
      visit(b.inverse, code);
    }
  };
  visit(Handlebars.parse(source), false);
  return problems;
}

function templateProblems(file: string): string[] {
  const rel = relative(TEMPLATE_ROOT, file);
  const base = rel.split('/').pop()!.replace(/\.hbs$/, '');
  return problemsOf(readFileSync(file, 'utf8'), relative(repoRoot, file), !rel.startsWith('html')).filter(
    (p) => !(isCodePartial(base) && p.includes('unescaped output')),
  );
}

test('every value in a Markdown, RST or shared template goes through a format helper', () => {
  const files = filesUnder(TEMPLATE_ROOT, '.hbs');
  assert.ok(files.length >= 15, `templates found: ${files.length}`);
  assert.equal(files.flatMap(templateProblems), []);
});

test('the check catches a bare value, unescaped output and a code partial out of place', () => {
  assert.is(problemsOf('{{name}}', 'probe', true).length, 1);
  assert.is(problemsOf('{{name}}', 'probe', false).length, 0);
  assert.is(problemsOf('{{text name}} {{{raw}}}', 'probe', true).length, 1);
  assert.is(problemsOf('{{#codeBlock lang="ts"}}{{{raw}}}{{> codeX}}{{/codeBlock}}', 'probe', true).length, 0);
  assert.is(problemsOf('{{> codeX}}', 'probe', true).length, 1);
  assert.is(problemsOf('<a href="{{linkTarget}}">', 'probe', false).length, 1);
  assert.ok(HELPERS.has('linkTarget') && HELPERS.has('docs') && !HELPERS.has('if'), [...HELPERS].join(', '));
});

test('templates are compiled in one place only, from the template files', () => {
  const sources = filesUnder(join(repoRoot, 'generator/emit/docs'), '.ts');
  const compiling = sources.filter((f) => /\.(compile|precompile)\(/.test(readFileSync(f, 'utf8')));
  assert.equal(compiling.map((f) => relative(repoRoot, f)), ['generator/emit/docs/render/templates.ts']);
  const loader = readFileSync(join(repoRoot, 'generator/emit/docs/render/templates.ts'), 'utf8');
  for (const call of loader.match(/\.compile\([^)]*\)/g) ?? []) assert.ok(call.includes('readFileSync(file'), call);
});

test.run();
