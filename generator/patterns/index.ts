import type { Node } from './ast.ts';
import { hasNonAsciiCase } from './caseFold.ts';
import { PatternError, parsePattern } from './parse.ts';
import { printPattern } from './print.ts';
import { pairSurrogates } from './surrogates.ts';

export { PatternError } from './parse.ts';

/**
 * Rewrites a pattern written for ECMA-262 without flags (how Smithy and botocore define them)
 * into an equivalent one that is valid with the `u` flag (how AJV and the IR compile them):
 * identity escapes become the character, literal braces and brackets get escaped, Annex B class
 * ranges like `[\w-z]` become unions, and so on. Parsed and printed, never regex-replaced.
 *
 * Under `u` the subject is read as code points, so `.` and classes match whole characters: a
 * surrogate pair is one character, a lone surrogate another. Surrogate escapes are rewritten so
 * that they keep their flagless meaning (surrogates.ts): a lead escape before a trail escape is
 * the supplementary character, a class with every surrogate also holds U+10000..U+10FFFF, and
 * whatever could match half of a pair only (a lone `\uD800`, a class with some surrogates) is an
 * error. On a string without a surrogate pair, these rewrites change no answer.
 */
export function toUnicodePattern(pattern: string): { pattern: string } | { error: string } {
  try {
    const parsed = parsePattern(pattern);
    const root = pairSurrogates(parsed.root);
    if (parsed.caseInsensitive) checkCaseExpandable(root);
    const printed = printPattern(root, parsed.caseInsensitive);
    new RegExp(printed, 'u');
    return { pattern: printed };
  } catch (e) {
    if (e instanceof PatternError || e instanceof SyntaxError) return { error: e.message };
    throw e;
  }
}

/** Case-insensitivity is expanded letter by letter; some constructs cannot be expanded that way. */
function checkCaseExpandable(node: Node): void {
  switch (node.kind) {
    case 'alternation':
      node.alternatives.forEach((a) => a.forEach(checkCaseExpandable));
      return;
    case 'sequence':
      node.nodes.forEach(checkCaseExpandable);
      return;
    case 'group':
    case 'look':
    case 'quantified':
      checkCaseExpandable(node.body);
      return;
    case 'backreference':
      throw new PatternError('a backreference under (?i) has no flag-free equivalent', 0);
    case 'class':
      for (const item of node.items) {
        if (item.kind === 'range' && hasNonAsciiCase(item.from, item.to)) throw new PatternError('a non-ASCII range under (?i) cannot be expanded', 0);
      }
      return;
    default:
      return;
  }
}
