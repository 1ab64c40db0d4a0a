/** Responses, both directions: the client parses outputs, the mock server serialises them. */
import { type Bag, getOwn } from './data.js';
import type { HttpResponseParts } from './http.js';
import { readMessage, writeMessage } from './message.js';
import type { OperationSchema } from './schema.js';

/** `headers` with lower-case names. Throws SerdeError on a body or header of the wrong type. */
export function parseResponse(op: OperationSchema, status: number, headers: Record<string, string>, body: Uint8Array): Bag {
  const output = readMessage(op.output, headers, body, {});
  const statusMember = op.output.members.find((m) => m.statusCode);
  if (statusMember) output[statusMember.name] = status;
  return output;
}

export function serializeResponse(op: OperationSchema, output: Bag): HttpResponseParts {
  const headers: Record<string, string> = {};
  const body = writeMessage(op.output, output, headers);
  const statusMember = op.output.members.find((m) => m.statusCode);
  const status = statusMember ? getOwn(output, statusMember.name) : undefined;
  return { status: typeof status === 'number' ? status : op.code, headers, body };
}
