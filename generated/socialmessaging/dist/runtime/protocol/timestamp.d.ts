import type { TimestampFormat } from './schema.js';
/** Accepts what callers naturally hold: a Date, epoch seconds, or an RFC 3339 string. */
export declare function toDate(value: unknown): Date;
/** Epoch seconds keep milliseconds as a fraction; the other formats are strings. */
export declare function formatTimestamp(value: unknown, format: TimestampFormat): string | number;
/**
 * Strict parsing: `Date.parse` alone accepts almost anything, and a response that puts garbage in a
 * timestamp must become an error, not an Invalid Date in the caller's hands.
 */
export declare function parseTimestamp(value: unknown, format: TimestampFormat): Date;
/** The three wire forms as one-argument functions, for generated serializers. */
export declare const $epochSeconds: (value: Date | number | string) => string | number;
export declare const $dateTime: (value: Date | number | string) => string | number;
export declare const $httpDate: (value: Date | number | string) => string | number;
/** And back, for generated deserializers: anything else than the format is a malformed response. */
export declare const $readEpochSeconds: (value: unknown) => Date;
export declare const $readDateTime: (value: unknown) => Date;
export declare const $readHttpDate: (value: unknown) => Date;
//# sourceMappingURL=timestamp.d.ts.map