/**
 * A parsed regular expression. The parser reads ECMA-262 patterns as written for no flags (with
 * Annex B's web-compatibility grammar); the printer writes the same tree as a pattern that is
 * valid under the `u` flag.
 */

export type ClassEscapeKind = 'd' | 'D' | 's' | 'S' | 'w' | 'W';

/** A Unicode property escape, `\p{L}` or `\P{L}`. */
export interface PropertyNode {
  kind: 'property';
  negated: boolean;
  name: string;
}

export type ClassItem =
  | { kind: 'char'; code: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'escape'; escape: ClassEscapeKind }
  | PropertyNode;

export type Node =
  | { kind: 'alternation'; alternatives: Node[][] }
  | { kind: 'group'; capture: boolean; name?: string; body: Node }
  | { kind: 'look'; ahead: boolean; negated: boolean; body: Node }
  /** `raw` is the quantifier as written (`{1,}` stays `{1,}`), so a rewrite changes no more than it must. */
  | { kind: 'quantified'; body: Node; min: number; max: number | null; lazy: boolean; raw?: string }
  | { kind: 'assertion'; assertion: '^' | '$' | '\\b' | '\\B' }
  | { kind: 'char'; code: number }
  | { kind: 'dot' }
  | { kind: 'escape'; escape: ClassEscapeKind }
  | PropertyNode
  | { kind: 'class'; negated: boolean; items: ClassItem[] }
  | { kind: 'backreference'; index?: number; name?: string }
  /** A sub-pattern spliced in verbatim-as-tree (e.g. `\Z` → `(?=\n?$)`). */
  | { kind: 'sequence'; nodes: Node[] };
