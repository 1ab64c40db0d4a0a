/** Responses as the mock server writes them. (The client reads them with generated code, see deserialize.ts.) */
import { type Bag, getOwn } from './data.js';
import type { HttpResponseParts } from './http.js';
import { writeMessage } from './message.js';
import type { OperationSchema } from './schema.js';

export function serializeResponse(op: OperationSchema, output: Bag): HttpResponseParts {
  const headers: Record<string, string> = {};
  const body = writeMessage(op.output, output, headers);
  const statusMember = op.output.members.find((m) => m.statusCode);
  const status = statusMember ? getOwn(output, statusMember.name) : undefined;
  return { status: typeof status === 'number' ? status : op.code, headers, body };
}
