/**
 * HTTP-level encodings shared by both directions: RFC 3986 escaping for labels and query strings,
 * scalars as text (headers, labels, query values) and list-valued headers.
 */
import { fromBase64, fromUtf8, toBase64, toBytes, utf8 } from './base64.js';
import { SerdeError } from './data.js';
import { resolve, type SchemaRef, type TimestampFormat } from './schema.js';
import { formatTimestamp, parseTimestamp } from './timestamp.js';

/** A request as the protocol layer builds or reads it; `path` and `query` are already encoded. */
export interface HttpRequestParts {
  method: string;
  path: string;
  /** Encoded query string without the leading `?`; empty when there is none. */
  query: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface HttpResponseParts {
  status: number;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** One DNS label: letters, digits and `-`, 1 to 63 characters, no `-` at either end. */
export const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** `encodeURIComponent` leaves `!'()*` alone; SigV4 and Smithy want them escaped too. */
export function escapeUri(text: string): string {
  return escapeReserved(encodeURIComponent(text));
}

/** Escapes just `!'()*`, in text that is otherwise escaped already. */
export function escapeReserved(text: string): string {
  return text.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A scalar as it appears in a header, label or query value. */
export function scalarToText(ref: SchemaRef, value: unknown, format: TimestampFormat, inHeader: boolean): string {
  const schema = resolve(ref);
  if (schema === 'timestamp') return String(formatTimestamp(value, format));
  if (schema === 'blob') return toBase64(toBytes(value));
  if (schema === 'mediaString' && inHeader) return toBase64(utf8(String(value)));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new SerdeError('expected a scalar');
}

export function textToScalar(ref: SchemaRef, text: string, format: TimestampFormat, inHeader: boolean): unknown {
  const schema = resolve(ref);
  switch (schema) {
    case 'timestamp':
      return parseTimestamp(text, format);
    case 'blob':
      return fromBase64(text);
    case 'mediaString':
      return inHeader ? fromUtf8(fromBase64(text)) : text;
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true';
      throw new SerdeError('expected true or false');
    case 'number': {
      const n = Number(text);
      if (text.trim() === '' || (Number.isNaN(n) && text !== 'NaN')) throw new SerdeError('expected a number');
      return n;
    }
    case 'string':
    case 'document':
      return text;
  }
  throw new SerdeError(`a ${schema.type} cannot travel as text`);
}

/** List items in one header: `a, b` with items that hold `,` or `"` quoted (RFC 9110). */
export function joinHeaderList(items: string[]): string {
  return items.map((s) => (/[,"]/.test(s) ? `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"` : s)).join(', ');
}

/**
 * The reverse of `joinHeaderList`. An HTTP date holds a comma itself (`Mon, 16 Dec 2019 ...`), so a
 * list of them is split on every second comma.
 */
export function splitHeaderList(text: string, httpDates: boolean): string[] {
  const items: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === '"') {
      let item = '';
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\') i++;
        item += text[i++] ?? '';
      }
      items.push(item);
      i = text.indexOf(',', i);
    } else {
      let end = text.indexOf(',', i);
      if (httpDates && end !== -1) end = text.indexOf(',', end + 1);
      items.push(text.slice(i, end === -1 ? text.length : end).trim());
      i = end;
    }
    if (i === -1) break;
    i++;
  }
  return items;
}
