/** A scripted `fetch` for client tests: records every request and answers from a list. */

export interface Recorded {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

export type Answer = Response | Error | ((request: Recorded) => Response | Promise<Response>);

export function scriptedFetch(answers: Answer[]): { fetch: typeof fetch; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const fetchFn: typeof fetch = async (url, init = {}) => {
    const body = init.body === undefined || init.body === null ? '' : typeof init.body === 'string' ? init.body : new TextDecoder().decode(init.body as Uint8Array);
    const recorded = { url: new URL(String(url)), method: init.method ?? 'GET', headers: new Headers(init.headers), body };
    requests.push(recorded);
    const answer = answers.length > 1 ? answers.shift()! : answers[0];
    if (answer instanceof Error) throw answer;
    const response = typeof answer === 'function' ? answer(recorded) : answer.clone();
    // Like the real fetch: an abort rejects the pending call with the signal's reason.
    const signal = init.signal;
    if (!signal) return response;
    if (signal.aborted) throw signal.reason;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve(response).then(resolve, reject);
    });
  };
  return { fetch: fetchFn, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A 4xx/5xx in AWS's restJson1 wire form. */
export function awsError(status: number, code: string, body: Record<string, unknown> = {}, requestId = 'req-1'): Response {
  return json(status, body, { 'x-amzn-errortype': code, 'x-amzn-requestid': requestId });
}

export const STATIC_CREDENTIALS = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
