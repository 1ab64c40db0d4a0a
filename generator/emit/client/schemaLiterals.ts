/**
 * `src/client/schemas.ts`: the serde schema of every aggregate shape (structure, union, list,
 * map) as a named constant the mock server's protocol runtime reads. Scalars are written inline as their kind.
 * References to aggregates are thunks (`() => Foo`): constants cannot refer forward, and shapes
 * can be recursive. Each constant stands alone, so a bundler keeps only those an operation reaches.
 */
import { typeNameOf } from '../../ir/names.ts';
import type { MemberIR, MemberTraitsIR, ServiceIR, ShapeIR, StructureShapeIR, UnionShapeIR } from '../../ir/types.ts';
import { wrap } from '../ts/layout.ts';
import { lineComment, stringLiteral } from '../ts/literals.ts';
import { formatOf, isAggregate, isWholeNumber, payloadMediaType } from './serde/codecs.ts';

export type ShapeIndex = Map<string, ShapeIR>;

export function indexShapes(ir: ServiceIR): ShapeIndex {
  return new Map(ir.shapes.map((s) => [s.name, s]));
}

/** The runtime's reference to a shape: a scalar kind, or a thunk returning the shape's constant. */
export function schemaRef(shapes: ShapeIndex, name: string): string {
  const shape = shapes.get(name);
  if (!shape) throw new Error(`unknown shape ${name}`);
  if (isAggregate(shape)) return `() => ${typeNameOf(shape.name)}`;
  return stringLiteral(scalarKind(shape));
}

function scalarKind(shape: ShapeIR): string {
  switch (shape.type) {
    case 'string':
      return shape.mediaType ? 'mediaString' : 'string';
    case 'enum':
      return 'string';
    case 'boolean':
    case 'blob':
    case 'timestamp':
    case 'document':
      return shape.type;
    default:
      return isWholeNumber(shape) ? 'integer' : 'number';
  }
}

/** `{ key: value, ... }` on one line when short, else one field per line. */
export function objectLiteral(fields: [string, string][], indent: string): string {
  return wrap('{', fields.map(([k, v]) => `${k}: ${v}`), '}', indent, { pad: ' ' });
}

function memberLiteral(shapes: ShapeIndex, m: MemberIR, indent: string): string {
  const fields: [string, string][] = [
    ['name', stringLiteral(m.name)],
    ['target', schemaRef(shapes, m.target)],
  ];
  if (m.jsonName !== undefined && m.jsonName !== m.name) fields.push(['jsonName', stringLiteral(m.jsonName)]);
  const format = formatOf(shapes, m.target, m.timestampFormat);
  if (format) fields.push(['format', stringLiteral(format)]);
  const http = m.http;
  if (http?.kind === 'label') {
    fields.push(['label', stringLiteral(http.name)]);
    if (http.greedy) fields.push(['greedy', 'true']);
  } else if (http?.kind === 'query') fields.push(['query', stringLiteral(http.name)]);
  else if (http?.kind === 'header') fields.push(['header', stringLiteral(http.name)]);
  else if (http?.kind === 'prefixHeaders') fields.push(['prefixHeaders', stringLiteral(http.prefix)]);
  else if (http) fields.push([http.kind, 'true']);
  const mediaType = http?.kind === 'payload' ? payloadMediaType(shapes.get(m.target)) : undefined;
  if (mediaType) fields.push(['mediaType', stringLiteral(mediaType)]);
  return objectLiteral(fields, indent);
}

function structureFields(shapes: ShapeIndex, shape: StructureShapeIR | UnionShapeIR): [string, string][] {
  const members = shape.members.map((m) => `    ${memberLiteral(shapes, m, '    ')},`);
  return [
    ['type', stringLiteral(shape.type)],
    ['members', members.length === 0 ? '[]' : `[\n${members.join('\n')}\n  ]`],
  ];
}

/** Lists and maps: the item target, its timestamp format, sparseness. */
function collectionLiteral(
  shapes: ShapeIndex,
  type: 'ListSchema' | 'MapSchema',
  [key, target]: ['member' | 'value', string],
  traits: MemberTraitsIR | undefined,
  sparse: boolean | undefined,
): { type: string; fields: [string, string][] } {
  const fields: [string, string][] = [
    ['type', key === 'member' ? `'list'` : `'map'`],
    [key, schemaRef(shapes, target)],
  ];
  const format = formatOf(shapes, target, traits?.timestampFormat);
  if (format) fields.push(['format', stringLiteral(format)]);
  if (sparse) fields.push(['sparse', 'true']);
  return { type, fields };
}

/**
 * An error's wire identity and retry traits (the runtime's `ErrorInfo`): the error classes carry
 * it, and the mock's error schemas add the status and members. `code` only when it is not the name.
 */
export function errorInfoFields(shape: StructureShapeIR): [string, string][] {
  const e = shape.error!;
  const fields: [string, string][] = [['name', stringLiteral(shape.name)]];
  if (e.code !== undefined && e.code !== shape.name) fields.push(['code', stringLiteral(e.code)]);
  fields.push(['fault', stringLiteral(e.fault)]);
  if (e.retryable) fields.push(['retryable', 'true']);
  if (e.throttling) fields.push(['throttling', 'true']);
  return fields;
}

function shapeLiteral(shapes: ShapeIndex, shape: ShapeIR): { type: string; fields: [string, string][] } {
  if (shape.type === 'list') return collectionLiteral(shapes, 'ListSchema', ['member', shape.member], shape.memberTraits, shape.sparse);
  if (shape.type === 'map') return collectionLiteral(shapes, 'MapSchema', ['value', shape.value], shape.valueTraits, shape.sparse);
  if (shape.type === 'structure' && shape.error) {
    const fields = [...errorInfoFields(shape), ['status', String(shape.error.httpStatus)] as [string, string]];
    return { type: 'ErrorSchema', fields: [...fields, ...structureFields(shapes, shape)] };
  }
  if (shape.type === 'structure' || shape.type === 'union') return { type: 'StructureSchema', fields: structureFields(shapes, shape) };
  throw new Error(`${shape.name} is not an aggregate`);
}

export function renderSchemas(ir: ServiceIR): string {
  const shapes = indexShapes(ir);
  const used = new Set<string>();
  const parts: string[] = [];
  for (const shape of ir.shapes) {
    if (!isAggregate(shape)) continue;
    const { type, fields } = shapeLiteral(shapes, shape);
    used.add(type);
    const body = fields.map(([k, v]) => `  ${k}: ${v},`).join('\n');
    parts.push(`export const ${typeNameOf(shape.name)}: ${type} = {\n${body}\n};\n`);
  }
  const header =
    `${lineComment(`Serde schemas of ${ir.title} (${ir.version}), generated by shapecraft from the model. Do not edit.`)}\n` +
    (used.size > 0 ? `import type { ${[...used].sort().join(', ')} } from '../runtime/protocol/schema.js';\n` : '');
  return [header, ...parts].join('\n');
}
