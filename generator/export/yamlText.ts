import { Document, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** A value written in flow style (`{ min: 1, max: 5 }`, `[A, B]`): the concise forms of the format. */
export class Flow {
  constructor(readonly value: unknown) {}
}

export const flow = (value: unknown) => new Flow(value);

/** A string always written in double quotes (`version: "2024-01-01"`, which YAML 1.1 would read as a date). */
export class Quoted {
  constructor(readonly value: string) {}
}

/**
 * Renders a tree of plain values as YAML text. Building the nodes by hand (rather than letting
 * `yaml` guess) pins every stylistic choice: block literals for multi-line text, quoted strings
 * wherever a plain scalar would read as something else, no anchors, no line folding.
 */
export function toYamlText(value: unknown): string {
  const doc = new Document();
  doc.contents = toNode(doc, value) as typeof doc.contents;
  return doc.toString({ lineWidth: 100, minContentWidth: 20, indent: 2, indentSeq: true, flowCollectionPadding: true });
}

function toNode(doc: Document, value: unknown): Node {
  if (value instanceof Quoted) {
    const scalar = new Scalar(value.value);
    scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  if (value instanceof Flow) {
    const node = toNode(doc, value.value);
    // Flow style only while it fits on a line; a long one reads better as a block.
    if (flowLength(value.value) <= FLOW_MAX) markFlow(node);
    return node;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(doc, item));
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap();
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      map.items.push(doc.createPair(new Scalar(key), toNode(doc, v)));
    }
    return map;
  }
  const scalar = new Scalar(value);
  // Multi-line text reads best as a block literal; yaml falls back to quoting when a block
  // scalar cannot hold the text exactly (e.g. trailing spaces on the last line).
  if (typeof value === 'string' && value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}

/** Longest flow collection kept on one line (the key and indentation take the rest of 100 columns). */
const FLOW_MAX = 72;

/** Close to the flow rendering's length: JSON spells the same keys and values, plus quotes. */
function flowLength(value: unknown): number {
  return JSON.stringify(value, (_, v) => (v instanceof Quoted || v instanceof Flow ? v.value : v))?.length ?? 0;
}

function markFlow(node: Node): void {
  if (node instanceof YAMLMap || node instanceof YAMLSeq) {
    node.flow = true;
    for (const item of node.items) {
      if (item instanceof YAMLMap || item instanceof YAMLSeq || item instanceof Scalar) markFlow(item as Node);
      else if (item && typeof item === 'object' && 'value' in item) markFlow(item.value as Node);
    }
  } else if (node instanceof Scalar && node.type === Scalar.BLOCK_LITERAL) {
    node.type = Scalar.QUOTE_DOUBLE;
  }
}
