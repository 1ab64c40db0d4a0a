/**
 * Scalars as header, label and query text, driven by the schema, for the mock server; the
 * conversions themselves are those the client's generated serde calls.
 */
import { SerdeError } from './data.js';
import { $base64, $booleanText, $floatText, $integerText, $mediaText } from './deserialize.js';
import { resolve, type SchemaRef, type TimestampFormat } from './schema.js';
import { $blob, $mediaHeader } from './serialize.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';

/** A scalar as it appears in a header, label or query value. */
export function scalarToText(ref: SchemaRef, value: unknown, format: TimestampFormat, inHeader: boolean): string {
  const schema = resolve(ref);
  if (schema === 'timestamp') return String(formatTimestamp(value, format));
  if (schema === 'blob') return $blob(value);
  if (schema === 'mediaString' && inHeader) return $mediaHeader(String(value));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new SerdeError('expected a scalar');
}

export function textToScalar(ref: SchemaRef, text: string, format: TimestampFormat, inHeader: boolean): unknown {
  const schema = resolve(ref);
  switch (schema) {
    case 'timestamp':
      return parseTimestamp(text, format);
    case 'blob':
      return $base64(text);
    case 'mediaString':
      return inHeader ? $mediaText(text) : text;
    case 'boolean':
      return $booleanText(text);
    case 'integer':
      return $integerText(text);
    case 'number':
      return $floatText(text);
    case 'string':
    case 'document':
      return text;
  }
  throw new SerdeError(`a ${schema.type} cannot travel as text`);
}
