/**
 * The view of the whole service: what the README, the index pages and every page's navigation show.
 */
import type { ServiceIR, ShapeIR } from '../../../ir/types.ts';
import { typeNameOf } from '../../../ir/names.ts';
import { summaryOf } from '../text/parseDocs.ts';
import { boto3ClientNameOf } from './names.ts';
import { clientClassName } from '../../client/naming.ts';
import { errorView, operationView, type ErrorView, type OperationView } from './operation.ts';
import { documentedValues, shapeFacts, type ShapeFacts } from './shapes.ts';
import { treeOf, typeViewOf, type TreeContext, type TreeView, type TypeView } from './memberTree.ts';
import { constraintsOf, type ConstraintView } from './constraints.ts';

export interface NavEntry {
  name: string;
  href: string;
  summary: string;
}

export interface ShapePageView {
  name: string;
  /** Model name, when the TypeScript name differs (`String` → `StringShape`). */
  modelName?: string;
  type: TypeView;
  docs?: string;
  summary: string;
  constraints: ConstraintView[];
  tree: TreeView;
  /** Operations whose request or response contains the shape. */
  usedBy: NavEntry[];
  /** HTTP status, fault and retryability, when the shape is an error. */
  error?: ErrorView;
  /** Enum or known values with their docs, when the model documents them. */
  values: { value: string; name: string; docs?: string; deprecated?: { message?: string; since?: string } }[];
}

export interface ServiceView {
  name: string;
  title: string;
  version: string;
  docs?: string;
  summary: string;
  packageName: string;
  packageVersion: string;
  license: string;
  clientClass: string;
  /** boto3's client class name, for the reStructuredText pages. */
  boto3Name: string;
  protocol: string;
  signingName: string;
  endpoint: string;
  operations: OperationView[];
  shapes: ShapePageView[];
  operationNav: NavEntry[];
  shapeNav: NavEntry[];
  /** The operation the README's first call shows: the first one with a model example, else the first. */
  firstCall?: OperationView;
}

export type HrefStyle = '.md' | '.html';

export function pagePath(kind: 'operations' | 'shapes', name: string, ext: HrefStyle): string {
  return `${kind}/${encodeURIComponent(name)}${ext}`;
}

export interface ServiceViewOptions {
  /** Write each operation's boto3-style syntax: only the RST pages show it, and it costs. */
  pythonSyntax?: boolean;
}

export function serviceView(ir: ServiceIR, ext: HrefStyle, options: ServiceViewOptions = {}): ServiceView {
  const facts: ShapeFacts = shapeFacts(ir);
  const ctx: TreeContext = {
    facts,
    href: (name) => (facts.hasPage(name) ? pagePath('shapes', typeNameOf(name), ext) : undefined),
  };
  const operations = ir.operations.map((op) => operationView(op, ctx, options.pythonSyntax === true));
  const operationNav = operations.map((op) => ({ name: op.name, href: pagePath('operations', op.name, ext), summary: op.summary }));
  const users = operationsByTypeName(operations, operationNav);
  const usedBy = (shape: ShapeIR) => users.get(typeNameOf(shape.name)) ?? [];
  const shapes = facts.pageShapes.map((shape) => shapePageView(shape, ctx, usedBy(shape)));
  return {
    name: ir.name,
    title: ir.title,
    version: ir.version,
    docs: ir.docs,
    summary: summaryOf(ir.docs),
    packageName: ir.package.name,
    packageVersion: ir.package.version,
    license: ir.package.license,
    clientClass: clientClassName(ir),
    boto3Name: boto3ClientNameOf(ir),
    protocol: ir.protocol,
    signingName: ir.signingName,
    endpoint: ir.endpoint,
    operations,
    shapes,
    operationNav,
    shapeNav: shapes.map((s) => ({ name: s.name, href: s.type.href ?? '', summary: s.summary })),
    firstCall: operations.find((op) => !op.madeUpExample) ?? operations[0],
  };
}

/** For each type name, the operations whose request, response or errors contain it. */
function operationsByTypeName(operations: OperationView[], nav: NavEntry[]): Map<string, NavEntry[]> {
  const users = new Map<string, NavEntry[]>();
  operations.forEach((op, i) => {
    const names = new Set(op.errors.map((e) => e.name));
    const walk = (members: TreeView['members']) =>
      members.forEach((m) => {
        names.add(m.type.name);
        walk(m.children);
      });
    walk(op.request.members);
    walk(op.response.members);
    for (const name of names) users.set(name, [...(users.get(name) ?? []), nav[i]]);
  });
  return users;
}

function shapePageView(shape: ShapeIR, ctx: TreeContext, usedBy: NavEntry[]): ShapePageView {
  const name = typeNameOf(shape.name);
  return {
    name,
    modelName: name === shape.name ? undefined : shape.name,
    type: typeViewOf(shape, ctx),
    docs: shape.docs,
    summary: summaryOf(shape.docs),
    constraints: constraintsOf(shape),
    tree: treeOf(shape.name, 'shape', { ...ctx, linkShared: true }),
    usedBy,
    error: shape.type === 'structure' && shape.error ? errorView(shape, ctx) : undefined,
    values: documentedValues(shape).map((v) => ({
      value: String(v.value),
      name: v.name,
      docs: v.docs,
      deprecated: v.deprecated && { message: v.deprecated.message, since: v.deprecated.since },
    })),
  };
}
