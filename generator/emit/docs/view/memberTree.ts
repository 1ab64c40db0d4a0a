/**
 * A request, response or shape as a tree of members, the way a developer reads it: every node says
 * its type, whether it is required, what the service enforces and what it means. List items and
 * map keys and values are nodes too, so nothing nested is hidden. A shape already open on the path
 * from the root (recursion) is shown as a reference, not expanded again.
 */
import { mustBeGiven } from '../../../ir/presence.ts';
import type { MemberIR, MemberTraitsIR, RuleIR, ShapeIR, StructureShapeIR } from '../../../ir/types.ts';
import { typeNameOf } from '../../../ir/names.ts';
import { constraintsOf, type ConstraintView } from './constraints.ts';
import type { ShapeFacts } from './shapes.ts';

export interface TypeView {
  /** TypeScript type name (`typeNameOf`), as the generated types call it. */
  name: string;
  /** Model shape kind: `string`, `structure`, `list`, ... */
  kind: string;
  /** Type as boto3's reference names it: `string`, `integer`, `dict`, `list`, ... */
  python: string;
  /** Link to the shape's own page, when it has one. */
  href?: string;
}

export interface RuleRef {
  name: string;
  anchor: string;
}

export interface RuleView {
  atMostOneOf?: boolean;
  exactlyOneOf?: boolean;
  allOrNone?: boolean;
  requiresAll?: boolean;
  members: RuleRef[];
  when?: RuleRef;
  docs?: string;
  /** Anchor and path of the structure the rule belongs to. */
  at: { path: string; anchor: string };
}

export interface MemberView {
  /** Member name; empty for list items and map keys and values. */
  name: string;
  item?: boolean;
  key?: boolean;
  value?: boolean;
  /** Dotted path from the root, e.g. `setupFinalization.phoneNumbers[].id`. */
  path: string;
  /** Unique id on the page, safe in HTML ids and URL fragments. */
  anchor: string;
  type: TypeView;
  required: boolean;
  constraints: ConstraintView[];
  docs?: string;
  rules: RuleView[];
  children: MemberView[];
  /** The shape is already expanded above this node. */
  recursive: boolean;
  /** On a page too big to expand every repeat, a repeated shape points to where it was expanded. */
  sameAs?: { path: string; anchor: string };
  /** The members are on the shape's own page (`type.href`), not repeated here. */
  onOwnPage?: boolean;
}

const PYTHON_TYPE: Record<ShapeIR['type'], string> = {
  string: 'string',
  enum: 'string',
  intEnum: 'integer',
  byte: 'integer',
  short: 'integer',
  integer: 'integer',
  long: 'integer',
  bigInteger: 'integer',
  float: 'float',
  double: 'float',
  bigDecimal: 'decimal',
  boolean: 'boolean',
  blob: 'bytes',
  timestamp: 'datetime',
  document: 'document',
  list: 'list',
  map: 'dict',
  structure: 'dict',
  union: 'dict',
};

/** Where links from the current page point: a shape page's href, or none. */
export type ShapeHref = (shapeName: string) => string | undefined;

export interface TreeContext {
  facts: ShapeFacts;
  href: ShapeHref;
  /** Structures with a page of their own are linked, not expanded (shape pages: each shows its own members). */
  linkShared?: boolean;
}

/**
 * A tree is expanded in full, as boto3 does, while it stays under NODE_BUDGET nodes. Models such
 * as QuickSight reuse deep structures so often that full trees grow exponentially; past the budget
 * the tree is rebuilt expanding each structure once and pointing to it from every repeat, and
 * linking structures that have a page of their own instead of expanding them.
 */
const NODE_BUDGET = 1000;

class TooBig extends Error {}

interface Expansion {
  once: boolean;
  nodes: number;
  /** Structures and unions expanded so far (`once` mode). */
  expanded: Map<string, { path: string; anchor: string }>;
}

export function typeViewOf(shape: ShapeIR, ctx: TreeContext): TypeView {
  return { name: typeNameOf(shape.name), kind: shape.type, python: PYTHON_TYPE[shape.type], href: ctx.href(shape.name) };
}

interface Position {
  path: string;
  anchor: string;
  /** Shapes open on the way here. */
  open: string[];
  expansion: Expansion;
}

function ruleView(rule: RuleIR, at: Position): RuleView {
  const ref = (name: string): RuleRef => ({ name, anchor: `${at.anchor}.${name}` });
  return {
    [rule.kind]: true,
    members: rule.members.map(ref),
    when: rule.when === undefined ? undefined : ref(rule.when),
    docs: rule.docs,
    at: { path: at.path, anchor: at.anchor },
  };
}

function childPosition(at: Position, step: string, pathStep: string, shapeName: string): Position {
  return { path: `${at.path}${pathStep}`, anchor: `${at.anchor}.${step}`, open: [...at.open, shapeName], expansion: at.expansion };
}

/** Children of a value of `shape` found at `at`: members, the list item, or the map key. */
function childrenOf(shape: ShapeIR, at: Position, ctx: TreeContext): MemberView[] {
  switch (shape.type) {
    case 'structure':
    case 'union':
      return shape.members.map((m) =>
        node(ctx, m.target, childPosition(at, m.name, at.path ? `.${m.name}` : m.name, m.target), { name: m.name, member: m }),
      );
    case 'list':
      return [node(ctx, shape.member, childPosition(at, '~item', '[]', shape.member), { item: true, traits: shape.memberTraits })];
    case 'map': {
      const key = node(ctx, shape.key, childPosition(at, '~key', '{key}', shape.key), { key: true });
      const value = childPosition(at, '~value', '{value}', shape.value);
      key.children = [node(ctx, shape.value, value, { value: true, traits: shape.valueTraits })];
      return [key];
    }
    default:
      return [];
  }
}

interface NodeRole {
  name?: string;
  member?: MemberIR;
  /** Member traits of a list item or map value. */
  traits?: MemberTraitsIR;
  item?: boolean;
  key?: boolean;
  value?: boolean;
}

function node(ctx: TreeContext, target: string, at: Position, role: NodeRole): MemberView {
  const shape = ctx.facts.shape(target);
  const recursive = at.open.slice(0, -1).includes(target);
  const structure = shape.type === 'structure' ? (shape as StructureShapeIR) : undefined;
  const expansion = at.expansion;
  if (++expansion.nodes > NODE_BUDGET && !expansion.once) throw new TooBig();
  const hasMembers = shape.type === 'structure' || shape.type === 'union';
  const onOwnPage = hasMembers && !recursive && (expansion.once || ctx.linkShared === true) && ctx.facts.hasPage(target);
  const sameAs = expansion.once && hasMembers && !recursive && !onOwnPage ? expansion.expanded.get(target) : undefined;
  if (expansion.once && hasMembers && !recursive && !onOwnPage && !sameAs) expansion.expanded.set(target, { path: at.path, anchor: at.anchor });
  const expand = !recursive && !sameAs && !onOwnPage;
  return {
    name: role.name ?? '',
    item: role.item,
    key: role.key,
    value: role.value,
    path: at.path,
    anchor: at.anchor,
    type: typeViewOf(shape, ctx),
    required: role.member ? mustBeGiven(role.member) : false,
    constraints: constraintsOf(shape, role.member ?? role.traits),
    docs: role.member?.docs ?? shape.docs,
    rules: expand && structure ? structure.rules.map((r) => ruleView(r, at)) : [],
    children: expand ? childrenOf(shape, at, ctx) : [],
    recursive,
    sameAs,
    onOwnPage: onOwnPage || undefined,
  };
}

export interface TreeView {
  members: MemberView[];
  /** Every cross-member rule in the tree, the root's first, for the page's rules section. */
  rules: RuleView[];
}

function rulesIn(trees: MemberView[]): RuleView[] {
  return trees.flatMap((t) => [...t.rules, ...rulesIn(t.children)]);
}

/** The members of a shape (an operation's input or output, or a shape page's shape) as trees. */
export function treeOf(shapeName: string, anchorPrefix: string, ctx: TreeContext): TreeView {
  const shape = ctx.facts.shape(shapeName);
  const build = (once: boolean): TreeView => {
    const root: Position = { path: '', anchor: anchorPrefix, open: [shapeName], expansion: { once, nodes: 0, expanded: new Map() } };
    const members = childrenOf(shape, root, ctx);
    const rootRules = shape.type === 'structure' ? shape.rules.map((r) => ruleView(r, root)) : [];
    return { members, rules: [...rootRules, ...rulesIn(members)] };
  };
  try {
    return build(false);
  } catch (error) {
    if (!(error instanceof TooBig)) throw error;
    return build(true);
  }
}
