import { typeNameOf } from '../../ir/names.ts';
import type { ShapeIR } from '../../ir/types.ts';
import { stringLiteral } from '../ts/literals.ts';

/** The JSON value type documents are typed with; `__` keeps it apart from every model shape name. */
export const DOCUMENT_TYPE = '__DocumentValue';

/** The TypeScript type a shape's values have, as the right-hand side of its declaration. */
export function typeExpression(shape: ShapeIR): string {
  switch (shape.type) {
    case 'string':
      if (shape.knownValues) {
        // `string & {}` keeps any string assignable while editors still offer the known values.
        return `${shape.knownValues.map((v) => stringLiteral(v.value)).join(' | ')} | (string & {})`;
      }
      return 'string';
    case 'enum':
      return shape.values.map((v) => stringLiteral(v.value)).join(' | ');
    case 'intEnum':
      return shape.values.map((v) => String(v.value)).join(' | ');
    case 'boolean':
      return 'boolean';
    case 'blob':
      return 'Uint8Array';
    case 'timestamp':
      return 'Date';
    case 'document':
      return DOCUMENT_TYPE;
    case 'list': {
      const item = typeNameOf(shape.member);
      return shape.sparse ? `(${item} | null)[]` : `${item}[]`;
    }
    case 'map': {
      const value = typeNameOf(shape.value);
      return `Record<string, ${shape.sparse ? `${value} | null` : value}>`;
    }
    case 'structure':
    case 'union':
      throw new Error(`${shape.type} shapes are declared, not inlined`);
    default:
      return 'number';
  }
}
