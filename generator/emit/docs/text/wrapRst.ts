/**
 * Long lines wrapped in a finished RST page. docutils refuses lines over 10,000 characters, and
 * model docs can hold a paragraph on one line; wrapping also makes the page readable as text.
 * A line is only broken at a space followed by a letter or digit, so a continuation line can never
 * start a list, a directive or a title underline; literal blocks (after `::`) are left alone.
 */
const WIDTH = 100;

/** Indentation of a line's continuation: its text start, past a `- `, `* ` or `#. ` marker. */
function continuationIndent(line: string): string | undefined {
  const m = /^( *)((?:[-*] |#\. )?)/.exec(line)!;
  // Field lists and directives keep their marker line whole.
  if (/^ *:[a-z]+[^:]*:/.test(line) || /^ *\.\. /.test(line)) return undefined;
  return ' '.repeat(m[1].length + m[2].length);
}

function wrapLine(line: string): string {
  const indent = continuationIndent(line);
  if (indent === undefined || line.length <= WIDTH) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    // The last break point within the width, or else the first one after it (a long word stays whole).
    const breaks = [...rest.matchAll(/(?<!\\) (?=[A-Za-z0-9])/g)].map((m) => m.index!).filter((i) => i > indent.length);
    const at = breaks.filter((i) => i <= WIDTH).pop() ?? breaks.find((i) => i > WIDTH);
    if (at === undefined) break;
    out.push(rest.slice(0, at));
    rest = indent + rest.slice(at + 1);
  }
  out.push(rest);
  return out.join('\n');
}

export function wrapRst(page: string): string {
  const lines = page.split('\n');
  let literalIndent = -1;
  let literalPending = false;
  return lines
    .map((line) => {
      const indent = line.length - line.trimStart().length;
      if (literalPending && line.trim() !== '') {
        literalIndent = indent;
        literalPending = false;
      }
      if (literalIndent >= 0 && line.trim() !== '' && indent < literalIndent) literalIndent = -1;
      if (literalIndent >= 0 || line.trim() === '') return line;
      if (/::$/.test(line)) literalPending = true;
      return wrapLine(line);
    })
    .join('\n');
}
