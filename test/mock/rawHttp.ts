/**
 * HTTP over a bare socket, for what fetch would never send (or would normalise first): exact
 * request targets, trickled headers, bodies that never end.
 */
import net from 'node:net';

export interface RawAnswer {
  /** `HTTP/1.1 404 Not Found`, or '' when nothing came back. */
  statusLine: string;
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed the connection (rather than the waiting running out). */
  closed: boolean;
  /** Bytes the server sent in all. */
  received: number;
}

export interface RawOptions {
  /** Give up after this long; generous, so a loaded machine does not fail a test. */
  waitMs?: number;
  /** Wait for the server to close the connection, not just for one whole response. */
  untilClosed?: boolean;
  /** Called once connected, to keep writing (a body that never ends). */
  keepSending?: (socket: net.Socket) => void;
}

export function rawRequest(port: number, request: string | Buffer, options: RawOptions = {}): Promise<RawAnswer> {
  const { waitMs = 20_000, untilClosed = false, keepSending } = options;
  return new Promise((done) => {
    let got = Buffer.alloc(0);
    let closed = false;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(request);
      keepSending?.(socket);
    });
    const timer = setTimeout(() => finish(), waitMs);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      done(parse(got, closed));
    };
    socket.on('data', (data: Buffer) => {
      got = Buffer.concat([got, data]);
      if (!untilClosed && whole(got)) finish();
    });
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('error', () => {});
  });
}

function whole(bytes: Buffer): boolean {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const length = /\r\ncontent-length: *(\d+)/i.exec(text);
  return end >= 0 && length !== null && bytes.length >= end + 4 + Number(length[1]);
}

function parse(bytes: Buffer, closed: boolean): RawAnswer {
  const text = bytes.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  const head = end >= 0 ? text.slice(0, end) : text;
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { statusLine, status: Number(statusLine.split(' ')[1] ?? 0), headers, body: end >= 0 ? text.slice(end + 4) : '', closed, received: bytes.length };
}

/** A request without a body. */
export const get = (target: string, headers = '') => `GET ${target} HTTP/1.1\r\nHost: x\r\n${headers}\r\n`;

/** A request with a body of known length. */
export function withBody(method: string, target: string, body: string | Buffer, contentType?: string): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const type = contentType === undefined ? '' : `Content-Type: ${contentType}\r\n`;
  return Buffer.concat([Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: x\r\n${type}Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}
