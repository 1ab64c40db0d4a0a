import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * What a model file defines at the top level, read from a file that cannot be loaded (a YAML
 * error, a duplicate key, a format error that breaks the whole file). The file's own error is
 * already reported; knowing its names keeps every reference to them, and the service it holds,
 * from being reported again as missing.
 */
export interface DefinedNames {
  service: boolean;
  shapes: string[];
  operations: string[];
}

const SECTIONS = ['shapes', 'operations'] as const;

/**
 * The top-level names of `text`, as far as they can be made out. Scans the lines, and when
 * `readTree` is set also reads the YAML syntax tree without building values (for flow-style
 * maps); the union of both is returned, since a syntax error can cut the tree short. Leave
 * `readTree` off for a file that nests too deep: parsing it again would take seconds.
 */
export function namesDefinedIn(text: string, readTree: boolean): DefinedNames {
  const fromTree = readTree ? namesFromTree(text) : { service: false, shapes: [], operations: [] };
  const fromLines = namesFromLines(text);
  return {
    service: fromTree.service || fromLines.service,
    shapes: [...new Set([...fromTree.shapes, ...fromLines.shapes])],
    operations: [...new Set([...fromTree.operations, ...fromLines.operations])],
  };
}

function namesFromTree(text: string): DefinedNames {
  const names: DefinedNames = { service: false, shapes: [], operations: [] };
  let contents: unknown;
  try {
    contents = parseDocument(text, { uniqueKeys: false, prettyErrors: false }).contents;
  } catch {
    return names;
  }
  if (!isMap(contents)) return names;
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === 'service') names.service = true;
    const section = SECTIONS.find((s) => s === key);
    if (!section || !isMap(pair.value)) continue;
    for (const entry of pair.value.items) if (isScalar(entry.key)) names[section].push(String(entry.key.value));
  }
  return names;
}

/** Block-style YAML only: `shapes:` at column 1, then its entries at the first indentation seen. */
function namesFromLines(text: string): DefinedNames {
  const names: DefinedNames = { service: false, shapes: [], operations: [] };
  let section: (typeof SECTIONS)[number] | undefined;
  let indent: number | undefined;
  for (const line of text.split(/\r?\n/)) {
    const top = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (top) {
      if (top[1] === 'service') names.service = true;
      section = SECTIONS.find((s) => s === top[1]);
      indent = undefined;
      continue;
    }
    const entry = /^( +)([^\s#:'"][^:#]*?)\s*:(\s|$)/.exec(line);
    if (!section || !entry) continue;
    indent ??= entry[1].length;
    if (entry[1].length === indent) names[section].push(entry[2]);
  }
  return names;
}
