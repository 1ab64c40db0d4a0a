/**
 * Reading error responses. The client finds the error code in `X-Amzn-ErrorType`, else the body's
 * `code` or `__type`, and strips a namespace (`ns#Code`) and a `:uri` suffix; it maps the code to
 * the operation's modeled errors itself. (The mock server writes errors in response.ts.)
 */
import { getOwn, isObject } from './data.js';
import { $json } from './deserialize.js';

export function sanitizeErrorCode(raw: string): string {
  let code = raw.split(':')[0];
  const hash = code.lastIndexOf('#');
  if (hash !== -1) code = code.slice(hash + 1);
  return code.trim();
}

export interface ErrorCode {
  /** The sanitised wire code; empty when the response carried none. */
  code: string;
  message?: string;
  /** The body is a JSON object (the members can be read from it). */
  json: boolean;
}

/** Never throws: a malformed error response still has a (perhaps empty) code. */
export function readErrorCode(headers: Record<string, string>, body: Uint8Array): ErrorCode {
  let json: unknown;
  if (body.length > 0) {
    try {
      json = $json(body);
    } catch {
      json = undefined;
    }
  }
  const fields = isObject(json) ? json : {};
  const header = getOwn(headers, 'x-amzn-errortype');
  const raw = header ?? getOwn(fields, 'code') ?? getOwn(fields, '__type');
  const rawMessage = getOwn(fields, 'message') ?? getOwn(fields, 'Message') ?? getOwn(fields, 'errorMessage');
  return {
    code: typeof raw === 'string' ? sanitizeErrorCode(raw) : '',
    message: typeof rawMessage === 'string' ? rawMessage : undefined,
    json: isObject(json),
  };
}
