/**
 * Sending a signed request and reading its response under a size limit, through `fetch` (the
 * platform's, or the caller's). On Node the client sends through `node:http` instead
 * (nodeTransport.ts, chosen in platform.ts); both hand over a WireResponse.
 */

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface WireResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Undefined when the body was larger than the limit (the rest is never downloaded). */
  body?: Uint8Array;
}

/** Sends one request; rejects when `signal` aborts, with whatever the underlying API rejects with. */
export type Transport = (request: WireRequest, signal: AbortSignal, maxBytes: number) => Promise<WireResponse>;

/** A transport over a `fetch` function (the platform's or the caller's). */
export function fetchTransport(fetchFn: typeof fetch): Transport {
  return async (request, signal, maxBytes) => {
    const response = await fetchFn(request.url, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined, signal });
    return readResponse(response, maxBytes);
  };
}

/**
 * A Response's status, headers and body, reading at most `max` bytes of it. When `signal` aborts,
 * the body is cancelled: a Response that is not fetch's (a hook's own) does not watch the signal.
 */
export async function readResponse(response: Response, max: number, signal?: AbortSignal): Promise<WireResponse> {
  return { status: response.status, headers: headersOf(response), body: await readBody(response, max, signal) };
}

/** A Response's headers, lower-case names (as the Headers class gives them). */
export function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

/** What a hook's `next` hands back: the wire response as a Response. */
export function toResponse(wire: WireResponse): Response {
  const nullBody = wire.status === 204 || wire.status === 205 || wire.status === 304;
  // A body over the limit was never read: its length says so to `readResponse`.
  const headers = wire.body ? wire.headers : { ...wire.headers, 'content-length': String(Number.MAX_SAFE_INTEGER) };
  return new Response(nullBody ? null : (wire.body as Uint8Array<ArrayBuffer> | undefined), { status: wire.status, headers });
}

/** Reads at most `max` bytes; undefined when the body is larger (the rest is never downloaded). */
async function readBody(response: Response, max: number, signal?: AbortSignal): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  // Cancelling is not awaited: it settles only when the stream's source agrees, which a stalled
  // or teed stream may never do, and the call must not hang on it.
  if (declared > max) {
    response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const cancel = () => reader.cancel(signal?.reason).catch(() => undefined);
  // A hook's Response may arrive after the attempt was given up: nothing will read it.
  if (signal?.aborted) {
    void cancel();
    throw signal.reason;
  }
  signal?.addEventListener('abort', cancel, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  return concat(chunks, total);
}

/** The chunks of a body as one Uint8Array. */
export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  // A Buffer from Node becomes a plain Uint8Array view: callers compare and copy it as one.
  if (chunks.length === 1) return new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, chunks[0].length);
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
