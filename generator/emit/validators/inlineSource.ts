import { readFileSync } from 'node:fs';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import { transformSync } from 'esbuild';

const cache = new Map<string, _Code>();

/**
 * The JavaScript source of a helper in templates/runtime/inline/<name>.ts, for AJV to write into
 * standalone validators as a module-level function. The file is type-stripped here rather than
 * taken from `Function.prototype.toString`, whose text depends on the loader that ran us. Each
 * file holds exactly one exported function and nothing else it could depend on.
 */
export function inlineSource(name: 'codePoints' | 'canonicalJson' | 'linearTest'): _Code {
  let code = cache.get(name);
  if (!code) {
    const ts = readFileSync(new URL(`../../../templates/runtime/inline/${name}.ts`, import.meta.url), 'utf8');
    const js = transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022' }).code.trim();
    // esbuild prints the function, then `export { name };`: nothing else may be in the file.
    const exportClause = new RegExp(`\\n?export\\s*\\{\\s*${name}\\s*\\};?$`);
    const body = js.replace(exportClause, '').trim();
    // esbuild indents everything nested, so top-level lines are the unindented ones: there may be
    // only the function's first and last lines.
    const topLevel = body.split('\n').filter((line) => /^\S/.test(line));
    if (!exportClause.test(js) || topLevel.length !== 2 || !topLevel[0].startsWith(`function ${name}(`) || topLevel[1] !== '}') {
      throw new Error(`templates/runtime/inline/${name}.ts must hold exactly one exported function, ${name}`);
    }
    code = new _Code(body);
    cache.set(name, code);
  }
  return code;
}
