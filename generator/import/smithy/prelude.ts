import type { ShapeIR } from '../../ir/types.ts';

/** Prelude simple shapes (`smithy.api#String`, …) by local name, as the plain IR shape they stand for. */
export const PRELUDE_TYPES: Record<string, ShapeIR['type']> = {
  String: 'string', Blob: 'blob', Boolean: 'boolean', Timestamp: 'timestamp', Document: 'document',
  Byte: 'byte', Short: 'short', Integer: 'integer', Long: 'long', Float: 'float', Double: 'double',
  BigInteger: 'bigInteger', BigDecimal: 'bigDecimal',
  PrimitiveBoolean: 'boolean', PrimitiveByte: 'byte', PrimitiveShort: 'short', PrimitiveInteger: 'integer',
  PrimitiveLong: 'long', PrimitiveFloat: 'float', PrimitiveDouble: 'double',
};

export const UNIT = 'smithy.api#Unit';

/** A plain shape for a prelude target; the `Primitive*` shapes' zero default lives on the members. */
export function preludeShape(localName: string, name: string): ShapeIR | undefined {
  const type = PRELUDE_TYPES[localName];
  if (type === undefined) return undefined;
  return { name, type } as ShapeIR;
}
