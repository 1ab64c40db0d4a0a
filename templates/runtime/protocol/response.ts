/** Responses as the mock server writes them. (The client reads them with generated code, see deserialize.ts.) */
import { type Bag, getOwn } from './data.js';
import type { HttpResponseParts } from './http.js';
import { writeMessage } from './message.js';
import type { ErrorSchema, OperationSchema } from './schema.js';

export function serializeResponse(op: OperationSchema, output: Bag): HttpResponseParts {
  const headers: Record<string, string> = {};
  const body = writeMessage(op.output, output, headers);
  const statusMember = op.output.members.find((m) => m.statusCode);
  const status = statusMember ? getOwn(output, statusMember.name) : undefined;
  return { status: typeof status === 'number' ? status : op.code, headers, body };
}

/** A modeled error as the service writes it: `X-Amzn-ErrorType`, its status, its members. */
export function serializeError(schema: ErrorSchema, members: Bag): HttpResponseParts {
  const headers: Record<string, string> = { 'X-Amzn-ErrorType': schema.code ?? schema.name };
  const body = writeMessage(schema, members, headers) ?? '{}';
  if (!('Content-Type' in headers)) headers['Content-Type'] = 'application/json';
  return { status: schema.status, headers, body };
}
