/**
 * Redaction follows the generated sensitivity trees: through nested structures, list items and map
 * values, and through recursive shapes, on the real socialmessaging client and on trees alone.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isSensitivePath, type Sensitivity } from '../../templates/runtime/client/redact.ts';
import { json, scriptedFetch, STATIC_CREDENTIALS } from './fakeFetch.ts';

const social = (await import('../../generated/socialmessaging/src/client/index.ts')) as Record<string, any>;

test('a nested sensitive member in a list item is not quoted; its non-sensitive sibling is', async () => {
  const scripted = scriptedFetch([json(200, {})]);
  const client = new social.SocialmessagingClient({ region: 'eu-west-1', credentials: STATIC_CREDENTIALS, fetch: scripted.fetch });
  const pin = '12345678';
  try {
    await client.associateWhatsAppBusinessAccount({
      setupFinalization: { associateInProgressToken: 'token', phoneNumbers: [{ id: 'phone-number-id-1', twoFactorPin: pin, dataLocalizationRegion: 'x' }] },
    });
    assert.unreachable('the input is invalid');
  } catch (e: any) {
    assert.is(e.name, 'InputValidationError');
    const byPath = new Map<string, string>(e.issues.map((i: any) => [i.path, i.message]));
    assert.match(byPath.get('/setupFinalization/phoneNumbers/0/twoFactorPin')!, /^the value \(sensitive, not shown\) fails the \w+ constraint$/);
    assert.is(byPath.get('/setupFinalization/phoneNumbers/0/dataLocalizationRegion'), 'must match the pattern [A-Z]{2}');
    assert.not.ok(e.message.includes(pin));
  }
  assert.is(scripted.requests.length, 0);
});

test('trees: recursion through functions, any list index or map key, escaped pointer segments', () => {
  const node: Sensitivity = { secret: true, 'a/b': true, children: () => list, plain: () => ({}) };
  const list: Sensitivity = { '*': () => node };
  assert.ok(isSensitivePath(node, '/secret'));
  assert.ok(isSensitivePath(node, '/secret/deeper'));
  assert.ok(isSensitivePath(node, '/children/3/children/0/secret'));
  assert.ok(isSensitivePath(node, '/a~1b'));
  assert.not.ok(isSensitivePath(node, '/children/3/name'));
  assert.not.ok(isSensitivePath(node, '/plain/secret'));
  assert.not.ok(isSensitivePath(node, ''));
  // Inherited names are not members.
  assert.not.ok(isSensitivePath(node, '/constructor'));
  assert.not.ok(isSensitivePath(node, '/__proto__/secret'));
});

test.run();
