/** Timestamps on the wire: RFC 3339 `date-time`, `epoch-seconds` and RFC 7231 `http-date`. */
import { SerdeError } from './data.js';
import type { TimestampFormat } from './schema.js';

/** Accepts what callers naturally hold: a Date, epoch seconds, or an RFC 3339 string. */
export function toDate(value: unknown): Date {
  const date =
    value instanceof Date ? value : typeof value === 'number' ? new Date(Math.round(value * 1000)) : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new SerdeError('expected a timestamp');
  return date;
}

/** Epoch seconds keep milliseconds as a fraction; the other formats are strings. */
export function formatTimestamp(value: unknown, format: TimestampFormat): string | number {
  const date = toDate(value);
  if (format === 'epoch-seconds') return date.getTime() / 1000;
  if (format === 'http-date') return date.toUTCString();
  return date.toISOString().replace('.000Z', 'Z');
}

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
const HTTP_DATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(\.\d+)? GMT$/;
const EPOCH = /^-?\d+(\.\d+)?$/;

/**
 * Strict parsing: `Date.parse` alone accepts almost anything, and a response that puts garbage in a
 * timestamp must become an error, not an Invalid Date in the caller's hands.
 */
export function parseTimestamp(value: unknown, format: TimestampFormat): Date {
  let ms: number;
  if (format === 'epoch-seconds' && typeof value === 'number') ms = Math.round(value * 1000);
  else if (format === 'epoch-seconds' && typeof value === 'string' && EPOCH.test(value)) ms = Math.round(Number(value) * 1000);
  else if (format === 'date-time' && typeof value === 'string' && DATE_TIME.test(value)) ms = Date.parse(value);
  else if (format === 'http-date' && typeof value === 'string' && HTTP_DATE.test(value)) ms = Date.parse(value);
  else throw new SerdeError(`expected a ${format} timestamp`);
  if (!Number.isFinite(ms)) throw new SerdeError(`expected a ${format} timestamp`);
  return new Date(ms);
}

/** The three wire forms as one-argument functions, for generated serializers. */
export const $epochSeconds = (value: Date | number | string) => formatTimestamp(value, 'epoch-seconds');
export const $dateTime = (value: Date | number | string) => formatTimestamp(value, 'date-time');
export const $httpDate = (value: Date | number | string) => formatTimestamp(value, 'http-date');

/** And back, for generated deserializers: anything else than the format is a malformed response. */
export const $readEpochSeconds = (value: unknown) => parseTimestamp(value, 'epoch-seconds');
export const $readDateTime = (value: unknown) => parseTimestamp(value, 'date-time');
export const $readHttpDate = (value: unknown) => parseTimestamp(value, 'http-date');
