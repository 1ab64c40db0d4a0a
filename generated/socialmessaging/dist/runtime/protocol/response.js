/** Responses, both directions: the client parses outputs, the mock server serialises them. */
import { getOwn } from './data.js';
import { readMessage, writeMessage } from './message.js';
/** `headers` with lower-case names. Throws SerdeError on a body or header of the wrong type. */
export function parseResponse(op, status, headers, body) {
    const output = readMessage(op.output, headers, body, {});
    const statusMember = op.output.members.find((m) => m.statusCode);
    if (statusMember)
        output[statusMember.name] = status;
    return output;
}
export function serializeResponse(op, output) {
    const headers = {};
    const body = writeMessage(op.output, output, headers);
    const statusMember = op.output.members.find((m) => m.statusCode);
    const status = statusMember ? getOwn(output, statusMember.name) : undefined;
    return { status: typeof status === 'number' ? status : op.code, headers, body };
}
//# sourceMappingURL=response.js.map