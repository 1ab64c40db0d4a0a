/**
 * The helpers generated request serializers call (`src/client/serde.ts` and each operation's
 * `serialize`): the generator has already decided where every member travels and in which form, so
 * what is left here is the part that depends on the value. Values have passed the input validator;
 * the checks here guard what the validator cannot know, such as a header value that cannot travel.
 */
import { toBase64, toBytes, utf8 } from './base64.js';
import { type Bag, getOwn, isObject, SerdeError, setOwn } from './data.js';
import { escapeUri, joinHeaderList } from './http.js';

/** A conversion of one non-null value to its wire form (JSON value or header/label/query text). */
export type Encode = (value: never) => unknown;

/** Sets `out[key]` to the converted value when `value` is present (neither undefined nor null). */
export function $put(out: Bag, key: string, value: unknown, encode?: Encode): void {
  if (value !== undefined && value !== null) setOwn(out, key, encode ? encode(value as never) : value);
}

/** A member read from a caller's value: an own property only, so `constructor` is never inherited. */
export function $own<T extends object, K extends keyof T & string>(value: T, key: K): T[K] | undefined {
  return getOwn(value as Bag, key) as T[K] | undefined;
}

/** A blob as bytes: callers may pass text, which travels as UTF-8. */
export const $bytes = toBytes;

/** A blob in JSON, a header, a label or a query value: base64. */
export function $blob(value: unknown): string {
  return toBase64(toBytes(value));
}

/** JSON has no NaN or Infinity: restJson1 sends them as strings. */
export function $float(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

/** Dense lists drop null items; sparse lists keep them as null. */
export function $list(value: unknown, encode: Encode | undefined, sparse?: boolean): unknown[] {
  if (!Array.isArray(value)) throw new SerdeError('expected a list');
  const out: unknown[] = [];
  for (const item of value) {
    if (item !== undefined && item !== null) out.push(encode ? encode(item as never) : item);
    else if (sparse) out.push(null);
  }
  return out;
}

export function $map(value: unknown, encode: Encode | undefined, sparse?: boolean): Bag {
  if (!isObject(value)) throw new SerdeError('expected a map');
  const out: Bag = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item !== undefined && item !== null) setOwn(out, key, encode ? encode(item as never) : item);
    else if (sparse) setOwn(out, key, null);
  }
  return out;
}

/** A scalar as header, label or query text; `encode` turns timestamps and blobs into text first. */
function text(value: unknown, encode?: Encode): string {
  return String(encode ? encode(value as never) : value);
}

/** The URI template's path with its `{label}`s replaced, in order, by `labels` (already escaped). */
export function $uri(template: string, ...labels: string[]): string {
  let i = 0;
  return template.replace(/\{[^}+]+\+?\}/g, () => labels[i++]);
}

/**
 * A URI label's escaped text. Required: an absent or empty label would change the path. URL
 * parsers (fetch's included) resolve `.` and `..` segments, escaped or not, so such a value would
 * send the request to another path: it cannot be sent at all.
 */
export function $label(name: string, value: unknown, encode?: Encode): string {
  return labelSegments(name, value, encode, false);
}

/** A greedy label (`{key+}`): its `/` separate path segments and stay unescaped. */
export function $greedyLabel(name: string, value: unknown, encode?: Encode): string {
  return labelSegments(name, value, encode, true);
}

function labelSegments(name: string, value: unknown, encode: Encode | undefined, greedy: boolean): string {
  if (value === undefined || value === null || value === '') throw new SerdeError(`the URI label ${name} has no value`);
  const segments = greedy ? text(value, encode).split('/') : [text(value, encode)];
  if (segments.some((s) => s === '.' || s === '..')) throw new SerdeError(`the URI label ${name} cannot hold a "." or ".." path segment`);
  return segments.map(escapeUri).join('/');
}

/** Adds `name=value` pairs to `query`: one per list item, none for an absent value. */
export function $query(query: string[], name: string, value: unknown, encode?: Encode): void {
  if (value === undefined || value === null) return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item !== undefined && item !== null) query.push(`${escapeUri(name)}=${escapeUri(text(item, encode))}`);
  }
}

/** A map of query parameters; a key a named query member already sends is left to that member (Smithy's rule). */
export function $queryMap(query: string[], value: Readonly<Record<string, unknown>> | undefined, named: readonly string[], encode?: Encode): void {
  if (!value) return;
  for (const key of Object.keys(value)) if (!named.includes(key)) $query(query, key, value[key], encode);
}

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Line breaks or characters beyond Latin-1 cannot travel in a header (fetch would throw, and CR/LF
 * would split the message): that is an invalid input, said as such.
 */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  if (!HEADER_NAME.test(name)) throw new SerdeError(`${JSON.stringify(name)} is not a valid header name`);
  if (!HEADER_VALUE.test(value)) throw new SerdeError(`the ${name} header cannot carry line breaks, control characters or characters beyond Latin-1`);
  headers[name] = value;
}

/**
 * A header member. A list joins its items (RFC 9110's quoting), except HTTP dates, which hold a
 * comma of their own, are never quoted, and are split pairwise by readers.
 */
export function $header(headers: Record<string, string>, name: string, value: unknown, encode?: Encode, httpDates?: boolean): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) return setHeader(headers, name, text(value, encode));
  const items = value.map((item) => text(item, encode));
  setHeader(headers, name, httpDates ? items.join(', ') : joinHeaderList(items));
}

/** `prefix` + key for each entry of a map member (Smithy's `httpPrefixHeaders`). */
export function $prefixHeaders(headers: Record<string, string>, prefix: string, value: Readonly<Record<string, unknown>> | undefined, encode?: Encode): void {
  if (!value) return;
  for (const key of Object.keys(value)) $header(headers, prefix + key, value[key], encode);
}

/** A media-type string travels base64-encoded in a header (Smithy's rule). */
export function $mediaHeader(value: string): string {
  return toBase64(utf8(value));
}

/** Sets `Content-Type` unless a header member already did (header names are case-insensitive). */
export function $contentType(headers: Record<string, string>, type: string): void {
  // setDefaultHeader (http.ts) would do; this one line keeps its loop out of one-operation bundles.
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['Content-Type'] = type;
}
