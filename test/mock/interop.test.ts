/**
 * Interoperability with the real AWS SDK v3 client (@aws-sdk/client-socialmessaging):
 * 1. the SDK calls the generated mock server on loopback and gets correct outputs and correctly
 *    typed errors;
 * 2. for the same inputs, the generated client sends what the SDK sends: method, path, query,
 *    the headers that matter, and the JSON body.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sdk from '@aws-sdk/client-socialmessaging';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { CALLS, IDS, socialMessagingPackage } from './socialmessaging.ts';
import { notesClientModule } from '../client/notes.ts';

const { client: generated, mock: mockModule } = await socialMessagingPackage('interop');
const credentials = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
const { client: notesClient } = await notesClientModule('interop-notes');

let handlers: Record<string, unknown> = {};
const mock = mockModule.createMockServer({ handlers: new Proxy({}, { get: (_t, n: string) => handlers[n] }), validateResponses: true });
const mockUrl: string = await mock.listen(0);
const sdkClient = new sdk.SocialMessagingClient({ region: 'us-east-1', endpoint: mockUrl, credentials, maxAttempts: 1 });

test.before.each(() => {
  handlers = {};
});

function send(name: string, input: Record<string, unknown>, client = sdkClient): Promise<any> {
  const Command = (sdk as unknown as Record<string, new (input: unknown) => any>)[`${name}Command`];
  return client.send(new Command(input));
}

function withoutMetadata(output: Record<string, unknown>): Record<string, unknown> {
  const { $metadata, ...rest } = output;
  assert.is(($metadata as { httpStatusCode: number }).httpStatusCode, 200);
  return rest;
}

test('SDK → mock: outputs with nested lists, timestamps and enums come back as the handler made them', async () => {
  const account = {
    arn: IDS.arn,
    id: IDS.waba,
    wabaId: '1234',
    registrationStatus: 'COMPLETE',
    linkDate: new Date('2025-03-04T05:06:07Z'),
    wabaName: 'Acme',
    eventDestinations: [{ eventDestinationArn: IDS.topic, roleArn: IDS.role }],
  };
  let received: unknown;
  handlers.ListLinkedWhatsAppBusinessAccounts = (input: unknown) => {
    received = input;
    return { linkedAccounts: [account], nextToken: 'next' };
  };
  const out = await send('ListLinkedWhatsAppBusinessAccounts', { maxResults: 5, nextToken: 'a b/c' });
  assert.equal(received, { maxResults: 5, nextToken: 'a b/c' });
  assert.equal(withoutMetadata(out), { linkedAccounts: [account], nextToken: 'next' });
});

test('SDK → mock: a blob input arrives as bytes and the output as sent', async () => {
  let message: Uint8Array | undefined;
  handlers.SendWhatsAppMessage = (input: { message: Uint8Array }) => {
    message = input.message;
    return { messageId: 'msg-1' };
  };
  const out = await send('SendWhatsAppMessage', CALLS[0][1]);
  assert.equal(withoutMetadata(out), { messageId: 'msg-1' });
  assert.equal(new TextDecoder().decode(message), '{"to":"+15550100"}');
});

test('SDK → mock: every call of the shared list succeeds against the example-free mock', async () => {
  for (const [name, input] of CALLS) {
    const out = await send(name, input);
    assert.is(out.$metadata.httpStatusCode, 200, name);
  }
});

test('SDK → mock: a modeled error thrown by a handler is the SDK\'s class, with message, status and request id', async () => {
  handlers.GetLinkedWhatsAppBusinessAccount = () => {
    throw new generated.ResourceNotFoundException({ message: 'no such WABA' });
  };
  const e = await send('GetLinkedWhatsAppBusinessAccount', { id: IDS.waba }).catch((x: unknown) => x);
  assert.instance(e, sdk.ResourceNotFoundException);
  assert.instance(e, sdk.SocialMessagingServiceException);
  assert.is(e.message, 'no such WABA');
  assert.is(e.$fault, 'client');
  assert.is(e.$metadata.httpStatusCode, 404);
  assert.match(e.$metadata.requestId, /^[0-9a-f-]{36}$/);
});

test('SDK → mock: throttling and server errors map too', async () => {
  handlers.ListTagsForResource = () => {
    throw new generated.ThrottledRequestException({ message: 'slow down' });
  };
  const throttled = await send('ListTagsForResource', { resourceArn: IDS.arn }).catch((x: unknown) => x);
  assert.instance(throttled, sdk.ThrottledRequestException);
  assert.is(throttled.$metadata.httpStatusCode, 429);
  handlers.ListTagsForResource = () => {
    throw new generated.InternalServiceException({ message: 'oops' });
  };
  const internal = await send('ListTagsForResource', { resourceArn: IDS.arn }).catch((x: unknown) => x);
  assert.instance(internal, sdk.InternalServiceException);
  assert.is(internal.$fault, 'server');
});

test('SDK → mock: input the SDK does not validate is refused by the mock as a ValidationException', async () => {
  const e = await send('GetLinkedWhatsAppBusinessAccount', { id: 'not a waba id' }).catch((x: unknown) => x);
  assert.instance(e, sdk.ValidationException);
  assert.match(e.message, /validation error/);
  assert.is(e.$metadata.httpStatusCode, 400);
});

test('generated client → mock: the same round trips', async () => {
  const client = new generated.SocialmessagingClient({ region: 'us-east-1', endpoint: mockUrl, credentials, validateResponses: true });
  handlers.SendWhatsAppMessage = () => ({ messageId: 'msg-2' });
  assert.equal(await client.sendWhatsAppMessage(CALLS[0][1]), { messageId: 'msg-2' });
  handlers.GetLinkedWhatsAppBusinessAccount = () => {
    throw new generated.ResourceNotFoundException({ message: 'gone' });
  };
  const e = await client.getLinkedWhatsAppBusinessAccount({ id: IDS.waba }).catch((x: unknown) => x);
  assert.instance(e, generated.ResourceNotFoundException);
  assert.is(e.$metadata.httpStatusCode, 404);
});

interface Captured {
  method: string;
  path: string;
  query: string[];
  headers: Record<string, string | undefined>;
  body: unknown;
}

/** A server that records each request and answers `{}`. */
async function captureServer() {
  const seen: Captured[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      seen.push({
        method: req.method!,
        path: url.pathname,
        query: [...url.searchParams].map(([k, v]) => `${k}=${v}`).sort(),
        // The headers a service reads; user agents, dates and signatures legitimately differ.
        headers: { 'content-type': req.headers['content-type'], 'content-length': req.headers['content-length'] },
        body: text === '' ? undefined : JSON.parse(text),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise((r) => server.close(r)) };
}

test('generated client and SDK send the same requests for the same inputs', async () => {
  const capture = await captureServer();
  try {
    const ours = new generated.SocialmessagingClient({ region: 'us-east-1', endpoint: capture.url, credentials });
    const theirs = new sdk.SocialMessagingClient({ region: 'us-east-1', endpoint: capture.url, credentials, maxAttempts: 1 });
    for (const [name, input] of CALLS) {
      await send(name, input, theirs);
      const method = name.charAt(0).toLowerCase() + name.slice(1);
      await ours[method](input);
      const [expected, actual] = capture.seen.splice(0, 2);
      assert.equal(actual, expected, name);
    }
  } finally {
    await capture.close();
  }
});

/**
 * What AWS itself would compute: every request the generated client sends is signed again, server
 * side, by AWS's own signer (@smithy/signature-v4, the SDK's), from the headers our client signed
 * and its X-Amz-Date. Equal Authorization headers mean a real endpoint would accept the request,
 * path double-encoding and all.
 */
test('AWS\'s signer, run on what the generated client sent, computes the same signature', async () => {
  const received: { method: string; url: URL; headers: Record<string, string>; body: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      received.push({ method: req.method!, url: new URL(req.url!, `http://${req.headers.host}`), headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ours = new generated.SocialmessagingClient({ region: 'us-east-1', endpoint, credentials: { ...credentials, sessionToken: 'TOKEN' } });
    // A path and query with characters that need escaping, twice over in the canonical request.
    handlers = {};
    for (const [name, input] of CALLS) await ours[name.charAt(0).toLowerCase() + name.slice(1)](input);
    // URI labels with spaces, slashes and `(`: the path is escaped, then escaped again when signed.
    const notes = new notesClient.NotesClient({ region: 'us-east-1', endpoint, credentials: { ...credentials, sessionToken: 'TOKEN' } });
    await notes.putNote({ folder: "my (big) folder", path: 'a/b c/d*', text: 't', labels: ['x y', 'é'] });
    const signerFor = (service: string) =>
      new SignatureV4({ credentials: { ...credentials, sessionToken: 'TOKEN' }, region: 'us-east-1', service, sha256: Sha256, applyChecksum: false });
    assert.is(received.length, CALLS.length + 1);
    for (const r of received) {
      const signer = signerFor(r.url.pathname.startsWith('/notes/') ? 'notes' : 'social-messaging');
      const auth = r.headers.authorization;
      const signedNames = /SignedHeaders=([^,]+)/.exec(auth)![1].split(';');
      const headers = Object.fromEntries(signedNames.filter((n) => n !== 'x-amz-date').map((n) => [n, r.headers[n]]));
      const query: Record<string, string | string[]> = {};
      for (const [k, v] of r.url.searchParams) query[k] = k in query ? ([] as string[]).concat(query[k], v) : v;
      const date = r.headers['x-amz-date'];
      const signingDate = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`);
      const resigned = await signer.sign(
        { method: r.method, protocol: 'http:', hostname: r.url.hostname, port: Number(r.url.port), path: r.url.pathname, query, headers, body: r.body || undefined } as never,
        { signingDate },
      );
      assert.is(auth, (resigned as unknown as { headers: Record<string, string> }).headers.authorization, `${r.method} ${r.url.pathname}${r.url.search}`);
    }
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test.after(async () => {
  sdkClient.destroy();
  await mock.close();
});

test.run();
