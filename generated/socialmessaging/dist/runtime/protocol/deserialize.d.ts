import { type Bag, setOwn } from './data.js';
/** A conversion of one wire value (JSON value or header text) to what the caller gets. */
export type Decode = (value: unknown) => unknown;
/** `out[key] = value`, as an own property even for `__proto__`. */
export declare const $set: typeof setOwn;
/** `out[key]` = the decoded `source[wire]`, when that is present (an own property, not null). */
export declare function $take(out: Bag, key: string, source: Bag, wire: string, decode: Decode): void;
export declare function $object(value: unknown): Bag;
export declare function $string(value: unknown): string;
export declare function $boolean(value: unknown): boolean;
/** JSON has no NaN or Infinity: restJson1 sends them as strings. */
export declare function $number(value: unknown): number;
export declare function $base64(value: unknown): Uint8Array;
/** A document is any JSON value, kept as it came. */
export declare function $document(value: unknown): unknown;
/** Dense lists drop null items; sparse lists keep them as null. */
export declare function $readList(value: unknown, decode: Decode, sparse?: boolean): unknown[];
export declare function $readMap(value: unknown, decode: Decode, sparse?: boolean): Bag;
/**
 * A union with none of the members this client knows: the service is newer than the model. The
 * member is kept as `$unknown: [name, value]` rather than failing the call.
 */
export declare function $unknownMember(out: Bag, source: Bag): Bag;
/** Any JSON value (a payload member); the text must be JSON. */
export declare function $json(body: Uint8Array): unknown;
/** A string payload: the body as UTF-8 text. */
export declare function $text(body: Uint8Array): string;
/** A JSON object body; an empty body stands for `{}`. */
export declare function $jsonBody(body: Uint8Array): Bag;
/**
 * Header, query or label text of a number member. `Number(text)` is far too lenient for a wire
 * format (it takes `0x10`, `0b1`, ` 10 ` and `''`): only decimal text is a number, plus
 * NaN, Infinity and -Infinity for floats (Smithy's spelling). A whole-number member (`integer`)
 * takes digits alone; without the kind (the default), decimal text of either kind passes and the
 * validators judge whole-ness.
 */
export declare function $numberText(text: unknown, kind?: 'integer' | 'float'): number;
/** `$numberText` of a byte, short, integer, long or bigInteger member. */
export declare function $integerText(text: unknown): number;
/** `$numberText` of a float, double or bigDecimal member. */
export declare function $floatText(text: unknown): number;
export declare function $booleanText(text: unknown): boolean;
/** A media-type string travels base64-encoded in a header (Smithy's rule). */
export declare function $mediaText(text: unknown): string;
/** A list header: items split as RFC 9110 quotes them, HTTP dates pairwise (they hold a comma). */
export declare function $headerList(text: unknown, decode: Decode, httpDates?: boolean): unknown[];
/** Headers named `prefix` + key, as a map of key to value (Smithy's `httpPrefixHeaders`). */
export declare function $prefixed(out: Bag, key: string, headers: Record<string, string>, prefix: string, decode: Decode): void;
//# sourceMappingURL=deserialize.d.ts.map