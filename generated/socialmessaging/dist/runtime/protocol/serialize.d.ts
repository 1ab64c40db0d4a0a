/**
 * The helpers generated request serializers call (`src/client/serde.ts` and each operation's
 * `serialize`): the generator has already decided where every member travels and in which form, so
 * what is left here is the part that depends on the value. Values have passed the input validator;
 * the checks here guard what the validator cannot know, such as a header value that cannot travel.
 */
import { toBytes } from './base64.js';
import { type Bag } from './data.js';
/** A conversion of one non-null value to its wire form (JSON value or header/label/query text). */
export type Encode = (value: never) => unknown;
/** Sets `out[key]` to the converted value when `value` is present (neither undefined nor null). */
export declare function $put(out: Bag, key: string, value: unknown, encode?: Encode): void;
/** A member read from a caller's value: an own property only, so `constructor` is never inherited. */
export declare function $own<T extends object, K extends keyof T & string>(value: T, key: K): T[K] | undefined;
/** A blob as bytes: callers may pass text, which travels as UTF-8. */
export declare const $bytes: typeof toBytes;
/** A blob in JSON, a header, a label or a query value: base64. */
export declare function $blob(value: unknown): string;
/** JSON has no NaN or Infinity: restJson1 sends them as strings. */
export declare function $float(value: number): number | string;
/** Dense lists drop null items; sparse lists keep them as null. */
export declare function $list(value: unknown, encode: Encode | undefined, sparse?: boolean): unknown[];
export declare function $map(value: unknown, encode: Encode | undefined, sparse?: boolean): Bag;
/** The URI template's path with its `{label}`s replaced, in order, by `labels` (already escaped). */
export declare function $uri(template: string, ...labels: string[]): string;
/**
 * A URI label's escaped text. Required: an absent or empty label would change the path. URL
 * parsers (fetch's included) resolve `.` and `..` segments, escaped or not, so such a value would
 * send the request to another path: it cannot be sent at all.
 */
export declare function $label(name: string, value: unknown, encode?: Encode): string;
/** A greedy label (`{key+}`): its `/` separate path segments and stay unescaped. */
export declare function $greedyLabel(name: string, value: unknown, encode?: Encode): string;
/** Adds `name=value` pairs to `query`: one per list item, none for an absent value. */
export declare function $query(query: string[], name: string, value: unknown, encode?: Encode): void;
/** A map of query parameters; a key a named query member already sends is left to that member (Smithy's rule). */
export declare function $queryMap(query: string[], value: Readonly<Record<string, unknown>> | undefined, named: readonly string[], encode?: Encode): void;
/**
 * Line breaks or characters beyond Latin-1 cannot travel in a header (fetch would throw, and CR/LF
 * would split the message): that is an invalid input, said as such.
 */
export declare function setHeader(headers: Record<string, string>, name: string, value: string): void;
/**
 * A header member. A list joins its items (RFC 9110's quoting), except HTTP dates, which hold a
 * comma of their own, are never quoted, and are split pairwise by readers.
 */
export declare function $header(headers: Record<string, string>, name: string, value: unknown, encode?: Encode, httpDates?: boolean): void;
/** `prefix` + key for each entry of a map member (Smithy's `httpPrefixHeaders`). */
export declare function $prefixHeaders(headers: Record<string, string>, prefix: string, value: Readonly<Record<string, unknown>> | undefined, encode?: Encode): void;
/** A media-type string travels base64-encoded in a header (Smithy's rule). */
export declare function $mediaHeader(value: string): string;
/** Sets `Content-Type` unless a header member already did (header names are case-insensitive). */
export declare function $contentType(headers: Record<string, string>, type: string): void;
//# sourceMappingURL=serialize.d.ts.map