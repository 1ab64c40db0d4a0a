import { Composer, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';
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
  if (source.invalidUtf8At !== undefined) {
    return { diagnostics: [notUtf8Diagnostic(locationInText(source, source.invalidUtf8At))] };
  }
  const lineCounter = new LineCounter();
  const { doc, tooDeepAt } = parseWithinDepth(source.text, lineCounter);
  if (tooDeepAt !== undefined) return { diagnostics: [tooDeepDiagnostic(locationInText(source, tooDeepAt))] };
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: source.file, line, column: col };
  };
  const diagnostics: Diagnostic[] = doc.errors.map((error) => yamlErrorDiagnostic(error.code, error.message, at(error.pos[0])));
  if (diagnostics.length > 0) return { diagnostics };

  // Catches a scalar one level too deep, which the scan of collections above does not count.
  const tooDeep = findTooDeep(doc.contents, 0);
  if (tooDeep) return { diagnostics: [tooDeepDiagnostic(at(tooDeep.range?.[0] ?? 0))] };
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

function yamlErrorDiagnostic(code: string, message: string, location: SourceLocation): Diagnostic {
  // The parser's own guard against a stack overflow: the same mistake as a too-deep document.
  if (code === 'RESOURCE_EXHAUSTION') return tooDeepDiagnostic(location);
  if (code === 'DUPLICATE_KEY') {
    return { code: 'SC1002', severity: 'error', message: 'duplicate key in a YAML map', hint: 'each key may appear once; merge the two entries', location };
  }
  return { code: 'SC1001', severity: 'error', message: `YAML syntax: ${message.split('\n')[0]}`, hint: 'fix the YAML syntax at this position', location };
}

function tooDeepDiagnostic(location: SourceLocation): Diagnostic {
  return {
    code: 'SC1003',
    severity: 'error',
    message: `the document nests deeper than ${MAX_NESTING} levels`,
    hint: 'a model never needs this depth; flatten it by naming shapes',
    location,
  };
}

function notUtf8Diagnostic(location: SourceLocation): Diagnostic {
  return {
    code: 'SC1005',
    severity: 'error',
    message: 'the file is not valid UTF-8',
    hint: 'save the file as UTF-8 (this byte looks like another encoding, such as Latin-1 or Windows-1252)',
    location,
  };
}

/** Line and column (1-based, in UTF-16 units as the YAML parser counts) of `offset` in the file. */
function locationInText(source: ModelFileText, offset: number): SourceLocation {
  const lineStart = source.text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (source.text.charCodeAt(i) === 10) line++;
  return { file: source.file, line, column: offset - lineStart + 1 };
}

const COLLECTION_TOKENS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * What `parseDocument(text, { lineCounter, uniqueKeys: true })` returns, unless the text nests
 * deeper than MAX_NESTING: then `tooDeepAt`, the offset of the first collection too deep, and no
 * document. The composer builds documents recursively, so thousands of nested levels would exhaust
 * the stack before the document exists to be checked; the lexer and parser keep open collections
 * on an explicit stack instead, so the depth is measured there, between tokens, and the stream is
 * cut as soon as it is too deep: a file of 100,000 levels costs no more than one of 66.
 */
function parseWithinDepth(text: string, lineCounter: LineCounter): { doc: Document; tooDeepAt?: number } {
  const guard: { tooDeepAt?: number } = {};
  const composer = new Composer({ uniqueKeys: true });
  let doc: Document | undefined;
  // As parseDocument does: the first document, and an error if there is another.
  for (const next of composer.compose(tokensWithinDepth(text, lineCounter, guard), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  // compose(..., forceDoc = true) always yields a document, even for an empty text.
  return { doc: doc!, tooDeepAt: guard.tooDeepAt };
}

/** The parser's tokens for `text`, ending early (and setting `guard.tooDeepAt`) at a too-deep collection. */
function* tokensWithinDepth(text: string, lineCounter: LineCounter, guard: { tooDeepAt?: number }): Generator<CST.Token> {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0); // Parser.parse() counts the first line itself; next() does not
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    guard.tooDeepAt = deepestCollectionOffset(parser.stack);
    if (guard.tooDeepAt !== undefined) return;
  }
  yield* parser.end();
}

/** The offset of the collection at depth MAX_NESTING + 1 among the parser's open tokens, if any. */
function deepestCollectionOffset(stack: readonly CST.Token[]): number | undefined {
  if (stack.length <= MAX_NESTING + 1) return undefined; // the stack holds every open collection
  const open = stack.filter((token) => COLLECTION_TOKENS.has(token.type));
  // The document's top collection is at depth 0, so depth MAX_NESTING + 1 is the (MAX_NESTING + 2)th.
  return open.length > MAX_NESTING + 1 ? open[MAX_NESTING + 1].offset : undefined;
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
