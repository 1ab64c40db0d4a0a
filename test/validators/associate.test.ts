/**
 * Every constraint of AssociateWhatsAppBusinessAccountInput, at and around its boundaries, through
 * the generated validator. Expectations are written from the model by hand (lengths count code
 * points; patterns are unanchored), not derived from the generator.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadModel } from '../../generator/load/index.ts';
import { generatedValidators, repoRoot, type Validate } from '../support/validators.ts';

const { ir } = await loadModel(join(repoRoot, 'model'));
const validators = await generatedValidators(ir!, 'associate');
const validate: Validate = validators.get('AssociateWhatsAppBusinessAccount')!.input;

const emoji = (n: number) => '😀'.repeat(n); // one code point, two UTF-16 units each

function base(): any {
  return {
    setupFinalization: {
      associateInProgressToken: 'token',
      phoneNumbers: [{ id: 'phone-number-id-1', twoFactorPin: '123456', tags: [{ key: 'k', value: 'v' }] }],
      waba: { id: 'waba-1', eventDestinations: [{ eventDestinationArn: 'arn:aws:sns:us-east-1:1:t', roleArn: 'arn:aws:iam::123456789012:role/R' }] },
    },
  };
}

type Case = [string, (input: any) => void, string[]];
const F = '/setupFinalization';
const P = `${F}/phoneNumbers/0`;
const E = `${F}/waba/eventDestinations/0`;
const cases: Case[] = [
  ['the base input is valid', () => {}, []],
  ['signupCallback alone is valid', (i) => { delete i.setupFinalization; i.signupCallback = { accessToken: '' }; }, []],
  ['accessToken is required', (i) => { i.signupCallback = {}; }, ['/signupCallback/accessToken required']],
  ['accessToken at 1000 code points', (i) => { i.signupCallback = { accessToken: emoji(1000) }; }, []],
  ['accessToken at 1001 code points', (i) => { i.signupCallback = { accessToken: `${emoji(1000)}a` }; }, ['/signupCallback/accessToken length']],
  ['callbackUrl at 100', (i) => { i.signupCallback = { accessToken: 'a', callbackUrl: 'u'.repeat(100) }; }, []],
  ['callbackUrl at 101', (i) => { i.signupCallback = { accessToken: 'a', callbackUrl: 'u'.repeat(101) }; }, ['/signupCallback/callbackUrl length']],
  ['associateInProgressToken is required', (i) => { delete i.setupFinalization.associateInProgressToken; }, [`${F}/associateInProgressToken required`]],
  ['associateInProgressToken at 50 code points (100 UTF-16 units)', (i) => { i.setupFinalization.associateInProgressToken = emoji(50); }, []],
  ['associateInProgressToken at 51', (i) => { i.setupFinalization.associateInProgressToken = 'x'.repeat(51); }, [`${F}/associateInProgressToken length`]],
  ['phoneNumbers is required', (i) => { delete i.setupFinalization.phoneNumbers; }, [`${F}/phoneNumbers required`]],
  ['phoneNumbers may be empty (no length bound)', (i) => { i.setupFinalization.phoneNumbers = []; }, []],
  ['phone id at 0 is too short', (i) => { i.setupFinalization.phoneNumbers[0].id = ''; }, [`${P}/id length`]],
  ['phone id at 100', (i) => { i.setupFinalization.phoneNumbers[0].id = 'i'.repeat(100); }, []],
  ['phone id at 101', (i) => { i.setupFinalization.phoneNumbers[0].id = 'i'.repeat(101); }, [`${P}/id length`]],
  ['twoFactorPin is required', (i) => { delete i.setupFinalization.phoneNumbers[0].twoFactorPin; }, [`${P}/twoFactorPin required`]],
  ['twoFactorPin at 1', (i) => { i.setupFinalization.phoneNumbers[0].twoFactorPin = '1'; }, []],
  ['twoFactorPin at 0', (i) => { i.setupFinalization.phoneNumbers[0].twoFactorPin = ''; }, [`${P}/twoFactorPin length`]],
  ['twoFactorPin at 6 code points / 12 units', (i) => { i.setupFinalization.phoneNumbers[0].twoFactorPin = emoji(6); }, []],
  ['twoFactorPin at 7', (i) => { i.setupFinalization.phoneNumbers[0].twoFactorPin = '1234567'; }, [`${P}/twoFactorPin length`]],
  ['dataLocalizationRegion DE', (i) => { i.setupFinalization.phoneNumbers[0].dataLocalizationRegion = 'DE'; }, []],
  ['dataLocalizationRegion pattern is unanchored', (i) => { i.setupFinalization.phoneNumbers[0].dataLocalizationRegion = 'xxDEyy'; }, []],
  ['dataLocalizationRegion de breaks the pattern', (i) => { i.setupFinalization.phoneNumbers[0].dataLocalizationRegion = 'de'; }, [`${P}/dataLocalizationRegion pattern`]],
  ['tag key at 0', (i) => { i.setupFinalization.phoneNumbers[0].tags[0].key = ''; }, [`${P}/tags/0/key length`]],
  ['tag key at 128', (i) => { i.setupFinalization.phoneNumbers[0].tags[0].key = 'k'.repeat(128); }, []],
  ['tag key at 129', (i) => { i.setupFinalization.phoneNumbers[0].tags[0].key = 'k'.repeat(129); }, [`${P}/tags/0/key length`]],
  ['tag key is required', (i) => { i.setupFinalization.phoneNumbers[0].tags[0] = { value: 'v' }; }, [`${P}/tags/0/key required`]],
  ['tag value at 256', (i) => { i.setupFinalization.phoneNumbers[0].tags[0].value = 'v'.repeat(256); }, []],
  ['tag value at 257', (i) => { i.setupFinalization.phoneNumbers[0].tags[0].value = 'v'.repeat(257); }, [`${P}/tags/0/value length`]],
  ['waba id at 0', (i) => { i.setupFinalization.waba.id = ''; }, [`${F}/waba/id length`]],
  ['eventDestinations at 1 item', () => {}, []],
  ['eventDestinations at 2 items', (i) => { i.setupFinalization.waba.eventDestinations.push({ eventDestinationArn: 'arn:a:b' }); }, [`${F}/waba/eventDestinations length`]],
  ['eventDestinationArn is required', (i) => { delete i.setupFinalization.waba.eventDestinations[0].eventDestinationArn; }, [`${E}/eventDestinationArn required`]],
  ['eventDestinationArn must look like an ARN', (i) => { i.setupFinalization.waba.eventDestinations[0].eventDestinationArn = 'sns-topic'; }, [`${E}/eventDestinationArn pattern`]],
  ['eventDestinationArn at 2049 fails on length, and the pattern is not tried', (i) => { i.setupFinalization.waba.eventDestinations[0].eventDestinationArn = 'x'.repeat(2049); }, [`${E}/eventDestinationArn length`]],
  ['roleArn needs a 12-digit account', (i) => { i.setupFinalization.waba.eventDestinations[0].roleArn = 'arn:aws:iam::1234:role/R'; }, [`${E}/roleArn pattern`]],
  ['phoneNumberParent instead of waba', (i) => { delete i.setupFinalization.waba; i.setupFinalization.phoneNumberParent = 'waba-0123'; }, []],
  ['phoneNumberParent as an ARN', (i) => { delete i.setupFinalization.waba; i.setupFinalization.phoneNumberParent = 'arn:aws:social-messaging:us-east-1:1:waba/abc123'; }, []],
  ['phoneNumberParent breaking its pattern', (i) => { delete i.setupFinalization.waba; i.setupFinalization.phoneNumberParent = 'account-1'; }, [`${F}/phoneNumberParent pattern`]],
  ['phoneNumberParent at 116 fails on length only', (i) => { delete i.setupFinalization.waba; i.setupFinalization.phoneNumberParent = `waba-${'1'.repeat(111)}`; }, [`${F}/phoneNumberParent length`]],
  ['waba and phoneNumberParent together break the rule', (i) => { i.setupFinalization.phoneNumberParent = 'waba-0123'; }, [`${F} atMostOneOf`]],
  ['an undefined member counts as absent for the rule', (i) => { i.setupFinalization.phoneNumberParent = undefined; }, []],
  ['an unknown member', (i) => { i.setupFinalization.wabaId = 'x'; }, [`${F}/wabaId unknownMember`]],
  ['toString as a member is unknown, not inherited', (i) => { i.setupFinalization.phoneNumbers[0].toString = 'x'; }, [`${P}/toString unknownMember`]],
  ['an inherited accessToken does not count', (i) => { delete i.setupFinalization; i.signupCallback = Object.create({ accessToken: 'a' }); }, ['/signupCallback/accessToken required']],
  ['null is a wrong type, not an absence', (i) => { i.setupFinalization.waba = null; }, [`${F}/waba type`]],
  ['a number where a string belongs', (i) => { i.setupFinalization.phoneNumbers[0].twoFactorPin = 123456; }, [`${P}/twoFactorPin type`]],
  ['every problem at once', (i) => {
    i.extra = 1;
    i.setupFinalization.phoneNumberParent = 'nope';
    i.setupFinalization.phoneNumbers[0].twoFactorPin = '';
    delete i.setupFinalization.phoneNumbers[0].id;
  }, ['/extra unknownMember', `${F} atMostOneOf`, `${F}/phoneNumberParent pattern`, `${P}/id required`, `${P}/twoFactorPin length`]],
];

for (const [name, mutate, expected] of cases) {
  test(name, () => {
    const input = base();
    mutate(input);
    const issues = validate(input);
    assert.equal(issues.map((i) => `${i.path} ${i.constraint}`).sort(), [...expected].sort());
  });
}

test('the root must be an object', () => {
  assert.equal(validate('text').map((i) => i.constraint), ['type']);
  assert.equal(validate([]).map((i) => i.constraint), ['type']);
});

test('messages never contain the offending value (sensitive members included)', () => {
  const secret = 'S3cr3t-PIN-value';
  const input = base();
  input.setupFinalization.phoneNumbers[0].twoFactorPin = secret;
  input.setupFinalization.associateInProgressToken = `${secret}${'x'.repeat(50)}`;
  const issues = validate(input);
  assert.equal(issues.length, 2);
  for (const issue of issues) {
    assert.not.ok(issue.message.includes(secret), issue.message);
    assert.ok(issue.message.length > 0);
  }
});

test('a huge string against an unbounded, backtracking-prone pattern returns promptly', () => {
  // RoleArn has no length limit and `arn:.*:iam::...` backtracks: V8 alone takes ~200 ms on this.
  const attack = (text: string) => {
    const input = base();
    input.setupFinalization.waba.eventDestinations[0].roleArn = text;
    return input;
  };
  validate(attack('arn:'.repeat(100))); // a warm server, not a cold start
  for (const text of ['arn:'.repeat(2500), `arn:${':'.repeat(9996)}`, 'arn:a:iam::'.repeat(909)]) {
    const input = attack(text);
    // The best of three: the figure is the work done, not the other processes on the machine.
    let ms = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const issues = validate(input);
      ms = Math.min(ms, performance.now() - start);
      assert.equal(issues.map((i) => i.constraint), ['pattern']);
    }
    assert.ok(ms < 50, `took ${ms.toFixed(1)} ms on ${text.length} characters`);
  }
});

test('the output validator accepts the model examples and checks the enum', () => {
  const validateOutput = validators.get('AssociateWhatsAppBusinessAccount')!.output;
  const op = ir!.operations.find((o) => o.name === 'AssociateWhatsAppBusinessAccount')!;
  for (const example of op.examples) if (example.output) assert.equal(validateOutput(example.output), []);
  const bad = { signupCallbackResult: { linkedAccountsWithIncompleteSetup: { 'waba-1': { registrationStatus: 'DONE' } } } };
  assert.equal(validateOutput(bad).map((i) => `${i.path} ${i.constraint}`), ['/signupCallbackResult/linkedAccountsWithIncompleteSetup/waba-1/registrationStatus enum']);
});

test.run();
