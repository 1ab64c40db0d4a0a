/**
 * Error responses, both directions. The client finds the error code in `X-Amzn-ErrorType`, else the
 * body's `code` or `__type`, strips a namespace (`ns#Code`) and a `:uri` suffix, and maps it to the
 * operation's modeled errors; the mock server writes errors the way the service does.
 */
import { type Bag, getOwn, isObject, SerdeError } from './data.js';
import type { HttpResponseParts } from './http.js';
import { parseJson, readMessage, writeMessage } from './message.js';
import type { ErrorSchema } from './schema.js';

export function sanitizeErrorCode(raw: string): string {
  let code = raw.split(':')[0];
  const hash = code.lastIndexOf('#');
  if (hash !== -1) code = code.slice(hash + 1);
  return code.trim();
}

export interface ParsedError {
  /** The modeled error, when the code names one this operation can return. */
  schema?: ErrorSchema;
  /** The sanitised wire code; empty when the response carried none. */
  code: string;
  message?: string;
  members: Bag;
}

/** Never throws: a malformed error response still becomes a ParsedError. */
export function parseError(errors: readonly ErrorSchema[], headers: Record<string, string>, body: Uint8Array): ParsedError {
  let json: unknown;
  if (body.length > 0) {
    try {
      json = parseJson(body);
    } catch {
      json = undefined;
    }
  }
  const fields = isObject(json) ? json : {};
  const header = getOwn(headers, 'x-amzn-errortype');
  const raw = header ?? getOwn(fields, 'code') ?? getOwn(fields, '__type');
  const code = typeof raw === 'string' ? sanitizeErrorCode(raw) : '';
  const rawMessage = getOwn(fields, 'message') ?? getOwn(fields, 'Message') ?? getOwn(fields, 'errorMessage');
  const message = typeof rawMessage === 'string' ? rawMessage : undefined;
  const schema = code ? errors.find((e) => e.code === code || e.name === code) : undefined;
  if (!schema) return { code, message, members: {} };
  let members: Bag;
  try {
    members = readMessage(schema, headers, isObject(json) ? body : new Uint8Array(0), {});
  } catch (e) {
    if (!(e instanceof SerdeError)) throw e;
    members = {};
  }
  return { schema, code, message, members };
}

export function serializeError(schema: ErrorSchema, members: Bag): HttpResponseParts {
  const headers: Record<string, string> = { 'X-Amzn-ErrorType': schema.code };
  const body = writeMessage(schema, members, headers) ?? '{}';
  if (!('Content-Type' in headers)) headers['Content-Type'] = 'application/json';
  return { status: schema.status, headers, body };
}
