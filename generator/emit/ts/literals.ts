/**
 * The only ways model text may enter generated TypeScript: as a string literal, as a checked
 * identifier or property key, or inside a doc comment. Each function here makes the text inert in
 * that position, whatever it contains.
 */
import { IDENTIFIER, RESERVED_WORDS } from '../../ir/names.ts';

/**
 * A double-quoted string literal. JSON.stringify escapes quotes, backslashes and control
 * characters; U+2028 and U+2029 are escaped too so the literal is safe in any JavaScript parser and
 * in a `//` comment's neighbourhood.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A property name in a type or interface: bare when it is a plain identifier, quoted otherwise. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) && name !== '__proto__' ? name : stringLiteral(name);
}

/**
 * A key in an object literal. `__proto__` (bare or quoted) would set the prototype instead of a
 * property, so it is written as a computed key.
 */
export function objectKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  return propertyName(name);
}

/** A property access: `.name` for identifiers, `["name"]` otherwise. */
export function propertyAccess(name: string): string {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

/**
 * A `/** ... *\/` block from Markdown text and extra tag lines. `*\/` cannot close the comment
 * early, and line separators that JavaScript treats as line ends become plain new lines, so every
 * comment line starts with ` * ` and nothing after it can become code.
 */
export function docComment(lines: (string | undefined)[], indent = ''): string {
  const text = lines
    .filter((l): l is string => l !== undefined && l !== '')
    .join('\n\n')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    // Control characters other than tab and new line have no place in a comment.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\*\//g, '*\\/')
    .trimEnd();
  if (text === '') return '';
  const body = text.split('\n').map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`.trimEnd());
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

/**
 * A `//` comment line. Every line terminator JavaScript knows (CR, LF, U+2028, U+2029) would end
 * the comment and turn the rest into code, so they become spaces; other control characters are
 * written as escapes.
 */
export function lineComment(text: string): string {
  const safe = text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `// ${safe}`;
}
