/**
 * `src/client/serde.ts`: one function per aggregate shape a request or response carries in JSON,
 * `se_X` from the caller's value to JSON and `de_X` from JSON to the value the caller gets. Only
 * shapes an operation reaches get one (and no `se_X` where the value is its own JSON, see
 * codecs.ts); each is a plain exported function, so a bundler keeps only those its operations call.
 */
import { IDENTIFIER, typeNameOf } from '../../../ir/names.ts';
import type { MemberIR, ServiceIR, ShapeIR, TimestampFormat } from '../../../ir/types.ts';
import { call } from '../../ts/layout.ts';
import { lineComment, stringLiteral } from '../../ts/literals.ts';
import type { ShapeIndex } from '../schemaLiterals.ts';
import { decoderOf, encoderOf, type IdentityShapes, identityShapes, isAggregate, itemOf, memberFormat, type Place, shapeOf } from './codecs.ts';
import { helperImports } from './helperImports.ts';

/**
 * The serde facts every client file needs, worked out once per model, and the shapes whose
 * functions the generated code calls: operation and error files are rendered first, then
 * `renderSerde` writes exactly the functions they (and those functions) call.
 */
export interface SerdeContext {
  shapes: ShapeIndex;
  identity: IdentityShapes;
  called: { se: Set<string>; de: Set<string> };
  /**
   * How code names the shape functions: bare inside serde.ts, `$serde.` elsewhere (a namespace
   * import, so no model name can collide with them).
   */
  qualifier: '' | '$serde.';
}

export function serdeContext(shapes: ShapeIndex): SerdeContext {
  return { shapes, identity: identityShapes(shapes), called: { se: new Set(), de: new Set() }, qualifier: '' };
}

/** encoderOf, noting the `se_X` it names. */
export function encoder(ctx: SerdeContext, target: string, format: TimestampFormat | undefined, place: Place): string | undefined {
  const name = encoderOf(ctx.shapes, target, format, place, ctx.identity);
  if (!name?.startsWith('se_')) return name;
  ctx.called.se.add(target);
  return ctx.qualifier + name;
}

/** decoderOf, noting the `de_X` it names. */
export function decoder(ctx: SerdeContext, target: string, format: TimestampFormat | undefined, place: Place): string {
  const name = decoderOf(ctx.shapes, target, format, place);
  if (!name.startsWith('de_')) return name;
  ctx.called.de.add(target);
  return ctx.qualifier + name;
}

/** `value.name`, or `$own(value, "name")` where a plain read could find an inherited property. */
export function readMember(object: string, name: string): string {
  return IDENTIFIER.test(name) && !(name in Object.prototype) ? `${object}.${name}` : `$own(${object}, ${stringLiteral(name)})`;
}

export const wireName = (m: MemberIR) => m.jsonName ?? m.name;

/** `$put(out, "wire", value.name, encoder);`: a member (read by `value`) into a JSON object, a statement at `indent`. */
export function putMember(ctx: SerdeContext, m: MemberIR, value: string, out: string, indent: string): string {
  const encode = encoder(ctx, m.target, memberFormat(ctx.shapes, m), 'json');
  return call('$put', [out, stringLiteral(wireName(m)), value, ...(encode ? [encode] : [])], indent);
}

/** `$take(out, "name", source, "wire", decoder);`: a member out of a JSON object, a statement at `indent`. */
export function takeMember(ctx: SerdeContext, m: MemberIR, source: string, indent: string): string {
  return call('$take', ['out', stringLiteral(m.name), source, stringLiteral(wireName(m)), decoder(ctx, m.target, memberFormat(ctx.shapes, m), 'json')], indent);
}

function aggregate(ctx: SerdeContext, name: string): ShapeIR {
  const shape = shapeOf(ctx.shapes, name);
  if (!isAggregate(shape)) throw new Error(`${name} is not an aggregate`);
  return shape;
}

function serializer(ctx: SerdeContext, shape: ShapeIR): string {
  const type = `types.${typeNameOf(shape.name)}`;
  const item = itemOf(ctx.shapes, shape);
  if (item) {
    const encode = encoder(ctx, item.target, item.format, 'json') ?? 'undefined';
    const helper = shape.type === 'list' ? '$list' : '$map';
    return `/** ${shape.name} as JSON. */\nexport function se_${shape.name}(value: ${type}): ${shape.type === 'list' ? 'unknown[]' : '$Bag'} {\n  return ${helper}(value, ${encode}${item.sparse ? ', true' : ''});\n}\n`;
  }
  if (shape.type !== 'structure' && shape.type !== 'union') throw new Error(`${shape.name} is not an aggregate`);
  return [
    `/** ${shape.name} as JSON, members under their wire names. */`,
    `export function se_${shape.name}(value: ${type}): $Bag {`,
    `  const out: $Bag = {};`,
    ...shape.members.map((m) => `  ${putMember(ctx, m, readMember('value', m.name), 'out', '  ')}`),
    `  return out;`,
    `}`,
    '',
  ].join('\n');
}

function deserializer(ctx: SerdeContext, shape: ShapeIR): string {
  const item = itemOf(ctx.shapes, shape);
  if (item) {
    const decode = decoder(ctx, item.target, item.format, 'json');
    const helper = shape.type === 'list' ? '$readList' : '$readMap';
    return `/** ${shape.name} from JSON, every item checked. */\nexport function de_${shape.name}(value: unknown): ${shape.type === 'list' ? 'unknown[]' : '$Bag'} {\n  return ${helper}(value, ${decode}${item.sparse ? ', true' : ''});\n}\n`;
  }
  if (shape.type !== 'structure' && shape.type !== 'union') throw new Error(`${shape.name} is not an aggregate`);
  const doc = `/** ${shape.name} from JSON, every member checked; members the model does not know are dropped. */`;
  // A structure without members still has to be an object.
  if (shape.type === 'structure' && shape.members.length === 0) return `${doc}\nexport function de_${shape.name}(value: unknown): $Bag {\n  $object(value);\n  return {};\n}\n`;
  return [
    doc,
    `export function de_${shape.name}(value: unknown): $Bag {`,
    `  const source = $object(value);`,
    `  const out: $Bag = {};`,
    ...shape.members.map((m) => `  ${takeMember(ctx, m, 'source', '  ')}`),
    // A union member this client does not know yet (the service is newer) is kept, not lost.
    `  return ${shape.type === 'union' ? '$unknownMember(out, source)' : 'out'};`,
    `}`,
    '',
  ].join('\n');
}

/**
 * The module: the functions the operation and error files call (noted in `ctx.called` as they were
 * rendered), and those these functions call in turn.
 */
export function renderSerde(ir: ServiceIR, outside: SerdeContext): string {
  const ctx: SerdeContext = { ...outside, qualifier: '' };
  const done = new Map<string, string>();
  for (;;) {
    const se = [...ctx.called.se].filter((name) => !done.has(`se_${name}`));
    const de = [...ctx.called.de].filter((name) => !done.has(`de_${name}`));
    if (se.length === 0 && de.length === 0) break;
    for (const name of se) done.set(`se_${name}`, serializer(ctx, aggregate(ctx, name)));
    for (const name of de) done.set(`de_${name}`, deserializer(ctx, aggregate(ctx, name)));
  }
  // Shape order, serializer first: the same model gives the same file whatever called what.
  const functions = ir.shapes.flatMap((s) => [done.get(`se_${s.name}`), done.get(`de_${s.name}`)]).filter((c): c is string => c !== undefined);
  const body = functions.join('\n');
  const keys = [...done.keys()];
  // Every function but a list's returns a $Bag; only serializers take the caller's types.
  const usesBag = keys.some((key) => shapeOf(ctx.shapes, key.slice(3)).type !== 'list');
  const usesTypes = keys.some((key) => key.startsWith('se_'));
  return [
    `${lineComment(`Serializers and deserializers of ${ir.title} (${ir.version}), generated by shapecraft from the model. Do not edit.`)}\n`,
    ...helperImports(body, '../runtime').map((line) => `${line}\n`),
    usesBag ? `import type { Bag as $Bag } from '../runtime/protocol/data.js';\n` : '',
    usesTypes ? `import type * as types from '../types.js';\n` : '',
    '\n',
    body,
  ].join('');
}
