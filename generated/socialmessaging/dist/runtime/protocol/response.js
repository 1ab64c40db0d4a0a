/** Responses as the mock server writes them. (The client reads them with generated code, see deserialize.ts.) */
import { getOwn } from './data.js';
import { writeMessage } from './message.js';
export function serializeResponse(op, output) {
    const headers = {};
    const body = writeMessage(op.output, output, headers);
    const statusMember = op.output.members.find((m) => m.statusCode);
    const status = statusMember ? getOwn(output, statusMember.name) : undefined;
    return { status: typeof status === 'number' ? status : op.code, headers, body };
}
//# sourceMappingURL=response.js.map