/**
 * Prototype names as members and map keys: checked as own properties and kept as data, in the
 * generated validators and in the reference checker alike, with Object.prototype untouched.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkValue } from '../../generator/check/constraints/checkValue.ts';
import { loadModelTexts } from '../../generator/load/index.ts';
import { generatedValidators } from '../support/validators.ts';

const text = `service: { name: p, title: P, version: "1", protocol: restJson1, signingName: p, endpoint: "https://p.{region}.example.com" }
operations:
  Put: { http: POST /p, input: PutInput }
  Loose: { http: POST /l, input: LooseInput }
shapes:
  LooseInput:
    type: structure
    members:
      __proto__: Text
  PutInput:
    type: structure
    members:
      __proto__: { target: Text, required: true }
      constructor: Text
      toString: Text
      valueOf: Text
      entries: Entries
      choice: Choice
  Choice:
    type: union
    members:
      prototype: Text
      hasOwnProperty: Text
  Entries: { type: map, key: Key, value: Text }
  Key: { type: string, length: { max: 20 } }
  Text: { type: string, length: { max: 3 } }
`;
const { ir, diagnostics } = loadModelTexts([{ file: 'p.yaml', text }]);
const validators = await generatedValidators(ir!, 'prototype');
const validate = validators.get('Put')!.input;

const cases: [string, string[]][] = [
  ['{"__proto__":"ok","constructor":"c","toString":"t","valueOf":"v"}', []],
  ['{"__proto__":"toolong"}', ['/__proto__ length']],
  ['{"constructor":"c"}', ['/__proto__ required']],
  ['{"__proto__":"a","hasOwnProperty":"x"}', ['/hasOwnProperty unknownMember']],
  ['{"__proto__":"a","entries":{"__proto__":"v","constructor":"w","toString":"long!"}}', ['/entries/toString length']],
  ['{"__proto__":"a","choice":{"hasOwnProperty":"x"}}', []],
  ['{"__proto__":"a","choice":{"prototype":"x","hasOwnProperty":"y"}}', ['/choice union']],
  ['{"__proto__":"a","choice":{"toString":"x"}}', ['/choice union', '/choice/toString unknownMember']],
];

test('a __proto__ member that is undefined is not set, for check and explain alike', () => {
  const value = { ['__proto__']: undefined, constructor: 'c' };
  assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'));
  assert.equal(validate(value).map((i) => `${i.path} ${i.constraint}`), ['/__proto__ required']);
  assert.equal(checkValue(ir!, 'PutInput', value).map((i) => `${i.path} ${i.constraint}`), ['/__proto__ required']);
  const loose = validators.get('Loose')!.input;
  assert.equal(loose({ ['__proto__']: undefined }), []);
  assert.equal(checkValue(ir!, 'LooseInput', { ['__proto__']: undefined }), []);
  assert.equal(loose(JSON.parse('{"__proto__":"long!"}')).map((i) => `${i.path} ${i.constraint}`), ['/__proto__ length']);
});

test('the model with prototype names loads', () => {
  assert.equal(diagnostics, []);
});

for (const [json, expected] of cases) {
  test(`prototype keys: ${json}`, () => {
    const value = JSON.parse(json);
    const ours = validate(value).map((i) => `${i.path} ${i.constraint}`).sort();
    const reference = checkValue(ir!, 'PutInput', value).map((i) => `${i.path} ${i.constraint}`).sort();
    assert.equal(ours, [...expected].sort());
    assert.equal(reference, [...expected].sort());
    assert.is(Object.prototype.hasOwnProperty.call(Object.prototype, 'v'), false);
    assert.is(({} as Record<string, unknown>).constructor, Object);
  });
}

test('an inherited member does not count as present', () => {
  const value = Object.create({ __proto__: 'inherited' });
  assert.equal(validate(value).map((i) => i.constraint), ['required']);
});

test.run();
