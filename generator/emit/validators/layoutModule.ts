/**
 * Lays out an AJV standalone module for reading: AJV writes one statement or block edge per line
 * and no indentation. Each line is indented by its brace depth and given the spacing of the rest
 * of the package (`if (x) {`, `} else {`), and the module constants nothing uses are dropped (AJV
 * writes every schema it compiled, though the code reads few of them). Nothing inside a line's
 * code changes, so the code is the same code. This replaces a reprint through esbuild, which cost
 * more than the compile itself on large models.
 *
 * What AJV writes is regular: strings are JSON (double quotes), there are no regular expression
 * or template literals, and a brace only opens or closes a block or an object literal on the same
 * line. The helpers inlined from templates/runtime/inline/ arrive already formatted and are
 * copied as they are.
 */
const HELPER_START = /^const func\d+ = function \w+\(.*\{$/;
const SOURCE_URL = /^\/\*# sourceURL=.*\*\/;?$/;
/** Names AJV gives module constants: compiled schemas, patterns, helpers, shapecraft's objects. */
const CONSTANT = /^const ((?:schema|pattern|func|obj|formats)\d+) = /;
const CONSTANT_NAME = /\b(?:schema|pattern|func|obj|formats)\d+\b/g;

export function layoutModule(code: string): string {
  return indent(withoutUnusedConstants(code.split('\n')));
}

/**
 * Drops each top-level constant whose name occurs nowhere else, until none is left: a schema
 * object may be the only reader of another. A helper's lines go with its declaration.
 */
function withoutUnusedConstants(lines: string[]): string[] {
  for (;;) {
    const uses = new Map<string, number>();
    for (const [name] of lines.join('\n').matchAll(CONSTANT_NAME)) uses.set(name, (uses.get(name) ?? 0) + 1);
    const kept: string[] = [];
    let dropping = false;
    let droppedReader = false;
    for (const line of lines) {
      // A helper's body reads nothing outside it (see inlineSource.ts).
      if (dropping) {
        if (line === '};') dropping = false;
        continue;
      }
      const declared = line.startsWith('const ') ? CONSTANT.exec(line)?.[1] : undefined;
      if (declared && uses.get(declared) === 1) {
        dropping = HELPER_START.test(line);
        // Another pass is needed only when what went away read another constant.
        droppedReader ||= (line.match(CONSTANT_NAME)?.length ?? 0) > 1;
        continue;
      }
      kept.push(line);
    }
    if (!droppedReader) return kept;
    lines = kept;
  }
}

function indent(lines: readonly string[]): string {
  const out: string[] = [];
  let depth = 0;
  let inHelper = false;
  for (const raw of lines) {
    if (inHelper) {
      out.push(raw);
      if (raw === '};') inHelper = false;
      continue;
    }
    const line = raw.trim();
    if (line === '' || line === '"use strict";' || SOURCE_URL.test(line)) continue;
    if (depth === 0 && HELPER_START.test(line)) {
      out.push(line);
      inHelper = true;
      continue;
    }
    const change = braceChange(line);
    if (depth + change < 0 || (depth === 0 && line.startsWith('}'))) throw new Error(`validators: unbalanced braces in AJV's code near: ${line.slice(0, 120)}`);
    // AJV writes `else` on the line after the block's `}`; it joins that line, as usual.
    if (line.startsWith('else') && out.length > 0 && out[out.length - 1].trim() === '}') out[out.length - 1] += ` ${spaced(line)}`;
    else out.push('  '.repeat(depth - (line.startsWith('}') ? 1 : 0)) + spaced(line));
    depth += change;
  }
  if (depth !== 0 || inHelper) throw new Error(`validators: AJV's code ends inside a block (depth ${depth})`);
  return `${out.join('\n')}\n`;
}

/** Opening minus closing braces outside JSON strings. */
function braceChange(line: string): number {
  let change = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */) change++;
    else if (c === 125 /* } */) change--;
  }
  if (inString) throw new Error(`validators: a string in AJV's code does not end on its line: ${line.slice(0, 120)}`);
  return change;
}

/**
 * Keyword spacing at the two ends of a line, which are code whatever the line holds: its start is
 * a statement's first token, and a `){` that ends it comes after the last string on the line.
 */
function spaced(line: string): string {
  const out = line.replace(/^(if|for|while|else if)\(/, '$1 (');
  return out.endsWith('){') ? `${out.slice(0, -2)}) {` : out;
}
