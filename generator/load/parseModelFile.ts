import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SourceLocation } from '../ir/types.ts';
import type { ModelFileText } from './modelFiles.ts';

/** Deeper than any real model needs; keeps a hostile file from exhausting the stack. */
export const MAX_NESTING = 64;
/** YAML aliases expand to copies; a handful is plenty for a model, thousands is an alias bomb. */
export const MAX_ALIASES = 100;

export type PathSegment = string | number;

/** A parsed model file that can answer "where is this path?" for diagnostics. */
export interface ParsedModelFile {
  file: string;
  data: unknown;
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): SourceLocation;
}

export function parseModelFile(source: ModelFileText): { parsed?: ParsedModelFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: source.file, line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    diagnostics.push({
      code: duplicate ? 'SC1002' : 'SC1001',
      severity: 'error',
      message: duplicate ? 'duplicate key in a YAML map' : `YAML syntax: ${error.message.split('\n')[0]}`,
      hint: duplicate ? 'each key may appear once; merge the two entries' : 'fix the YAML syntax at this position',
      location: at(error.pos[0]),
    });
  }
  if (diagnostics.length > 0) return { diagnostics };

  const tooDeep = findTooDeep(doc.contents, 0);
  if (tooDeep) {
    diagnostics.push({
      code: 'SC1003',
      severity: 'error',
      message: `the document nests deeper than ${MAX_NESTING} levels`,
      hint: 'a model never needs this depth; flatten it by naming shapes',
      location: at(tooDeep.range?.[0] ?? 0),
    });
    return { diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    diagnostics.push({
      code: 'SC1004',
      severity: 'error',
      message: `YAML aliases expand too far (${(error as Error).message})`,
      hint: `use at most ${MAX_ALIASES} alias expansions; write shared parts as named shapes instead`,
      location: at(0),
    });
    return { diagnostics };
  }
  return { parsed: { file: source.file, data, locate: (path, part) => locate(doc, at, path, part) }, diagnostics };
}

function findTooDeep(node: unknown, depth: number): Node | undefined {
  if (depth > MAX_NESTING) return node as Node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      const found = findTooDeep(child, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The position of `path` in the document: of the key when `part` is 'key' (for "unknown key"
 * errors), otherwise of the value. Falls back to the nearest existing ancestor.
 */
function locate(
  doc: Document,
  at: (offset: number) => SourceLocation,
  path: readonly PathSegment[],
  part: 'key' | 'value' = 'value',
): SourceLocation {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && part === 'key') return at(keyNode.range?.[0] ?? best);
      node = pair.value;
      best = (node as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (!node) break;
      best = (node as Node).range?.[0] ?? best;
    } else {
      break;
    }
  }
  return at(best);
}
