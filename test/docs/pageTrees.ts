/**
 * Readers of generated pages, written independently of the emitter: they recover the member tree
 * of a Markdown operation page and of a boto3-style RST page from the text alone, so tests can
 * compare what a reader sees with the IR and with AWS's own page.
 */

export interface TreeEntry {
  /** `parent.child`, `list.[]`, `map.{key}.{value}`. */
  path: string;
  line: string;
}

interface Frame {
  indent: number;
  path: string;
}

function section(text: string, start: RegExp, end: RegExp | undefined): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => start.test(l));
  if (from < 0) return [];
  const rest = lines.slice(from + 1);
  const to = end ? rest.findIndex((l) => end.test(l)) : -1;
  return to < 0 ? rest : rest.slice(0, to);
}

const MD_ITEM = /^( *)- (?:\*\*([A-Za-z_][A-Za-z0-9_]*)\*\*|\*(each item|each key|its value)\*) · (.*)$/;
const MD_STEP: Record<string, string> = { 'each item': '[]', 'each key': '{key}', 'its value': '{value}' };

/** Member lines of a Markdown operation page's Request or Response section, by path. */
export function markdownTree(page: string, which: 'Request' | 'Response'): Map<string, string> {
  const lines = section(page, new RegExp(`^## ${which}$`), /^## /);
  const out = new Map<string, string>();
  const stack: Frame[] = [];
  for (const line of lines) {
    if (/^#/.test(line)) break; // the rules subsection ends the tree
    const m = MD_ITEM.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const step = m[2] ?? MD_STEP[m[3]];
    const path = stack.length ? `${stack[stack.length - 1].path}.${step}` : step;
    stack.push({ indent, path });
    out.set(path, m[4]);
  }
  return out;
}

export interface RstEntry {
  type: string;
  required: boolean;
}

const RST_ITEM = /^( *)- (?:\*\*([A-Za-z_][A-Za-z0-9_\\]*)\*\* )?\*\((\w+)\) --\*(.*)$/;
const RST_TYPE = /^( *):type ([A-Za-z_][A-Za-z0-9_\\]*): (\w+)/;
const RST_PARAM = /^( *):param ([A-Za-z_][A-Za-z0-9_\\]*):(.*)$/;

function rstTree(lines: string[], prefix: string, out: Map<string, RstEntry>): void {
  const stack: Frame[] = [];
  const types = new Map<string, string>();
  for (const line of lines) {
    const t = RST_TYPE.exec(line);
    if (t) {
      types.set(t[2].replace(/\\/g, ''), t[3]);
      continue;
    }
    const p = RST_PARAM.exec(line);
    if (p) {
      const name = p[2].replace(/\\/g, '');
      stack.length = 0;
      stack.push({ indent: p[1].length, path: `${prefix}${name}` });
      out.set(`${prefix}${name}`, { type: types.get(name) ?? '?', required: p[3].includes('**[REQUIRED]**') });
      continue;
    }
    const m = RST_ITEM.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const step = m[2] ? m[2].replace(/\\/g, '') : '*';
    const path = stack.length ? `${stack[stack.length - 1].path}.${step}` : `${prefix}${step}`;
    stack.push({ indent, path });
    out.set(path, { type: m[3], required: m[4].includes('**[REQUIRED]**') });
  }
}

export interface RstPage {
  entries: Map<string, RstEntry>;
  exceptions: string[];
}

/** The request parameters, response structure and exceptions of a boto3-style RST page. */
export function readRstPage(page: string): RstPage {
  const entries = new Map<string, RstEntry>();
  const lines = page.split('\n');
  const returns = lines.findIndex((l) => /^\s*:rtype:/.test(l));
  rstTree(returns < 0 ? lines : lines.slice(0, returns), 'request:', entries);
  rstTree(section(page, /\*\*Response Structure\*\*/, /\*\*Exceptions\*\*/), 'response:', entries);
  const exceptions = section(page, /\*\*Exceptions\*\*/, undefined)
    .map((l) => /Client\.exceptions\.([A-Za-z0-9_]+)/.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
  return { entries, exceptions };
}
