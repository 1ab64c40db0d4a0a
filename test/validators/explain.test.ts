/**
 * What the generated validators report for a rejected value, exactly: the path (JSON Pointer,
 * escaped), the constraint and the message. The differential tests compare paths and constraints
 * with the reference checker; this pins down the messages and the cases those rarely draw: map keys,
 * keys holding `/` and `~`, sparse and dense nulls, nested unions and rules.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModelTexts } from '../../generator/load/index.ts';
import { explain } from '../../templates/runtime/validation.ts';
import { generatedValidators } from '../support/validators.ts';

const text = `service: { name: e, title: E, version: "1", protocol: restJson1, signingName: e, endpoint: "https://e.{region}.example.com" }
operations:
  Put: { http: POST /p, input: PutInput }
shapes:
  PutInput:
    type: structure
    members:
      name: { target: Name, required: true }
      labels: Labels
      sparse: SparseList
      sparseMap: SparseMap
      dense: DenseList
      choice: Choice
      size: Size
      mode: Mode
      first: Name
      second: Name
    rules:
      - atMostOneOf: [first, second]
  Labels: { type: map, key: LabelKey, value: Name, length: { max: 2 } }
  LabelKey: { type: string, length: { min: 2, max: 8 }, pattern: "^[a-z/~]+$" }
  SparseList: { type: list, member: Name, sparse: true }
  SparseMap: { type: map, key: LabelKey, value: Name, sparse: true }
  DenseList: { type: list, member: Name, uniqueItems: true }
  Choice:
    type: union
    members:
      text: Name
      count: Size
  Name: { type: string, length: { min: 1, max: 4 } }
  Size: { type: integer, range: { min: 1, max: 9 } }
  Mode: { type: enum, values: [fast, slow] }
`;
const { ir, diagnostics } = loadModelTexts([{ file: 'e.yaml', text }]);
const validate = (await generatedValidators(ir!, 'explain')).get('Put')!.input;

test('the model loads', () => {
  assert.equal(diagnostics, []);
});

const cases: [string, unknown, [string, string, string][]][] = [
  ['a valid value', { name: 'ok', labels: { 'a/b': 'x' }, sparse: ['a', null], choice: { text: 't' } }, []],
  ['not an object', ['x'], [['', 'type', 'must be an object']]],
  ['a missing member and an unknown one', { extra: 1 }, [
    ['/name', 'required', "'name' is required"],
    ['/extra', 'unknownMember', "'extra' is not a known member"],
  ]],
  // The pattern is not tried on a key whose length is already wrong.
  ['map keys that break their pattern or length, escaped in the path', { name: 'ok', labels: { 'a~/B': 'x', q: 'y' } }, [
    ['/labels/a~0~1B', 'pattern', 'key must match the pattern ^[a-z/~]+$'],
    ['/labels/q', 'length', 'key length must be between 2 and 8 characters'],
  ]],
  ['too many map entries, and a bad value', { name: 'ok', labels: { ab: 'x', cd: 'toolong', ef: 'z' } }, [
    ['/labels', 'length', 'must have at most 2 entries'],
    ['/labels/cd', 'length', 'length must be between 1 and 4 characters'],
  ]],
  ['null in a sparse list is fine, in a dense one it is not', { name: 'ok', sparse: [null], dense: ['a', null] }, [['/dense/1', 'type', 'must be a string']]],
  // Members are explained in the order the shape declares them.
  ['null in a sparse map is fine, not in a dense one', { name: 'ok', sparseMap: { ab: null, cd: 'toolong' }, labels: { ab: null } }, [
    ['/labels/ab', 'type', 'must be a string'],
    ['/sparseMap/cd', 'length', 'length must be between 1 and 4 characters'],
  ]],
  ['duplicate items', { name: 'ok', dense: ['a', 'a'] }, [['/dense', 'uniqueItems', 'must not contain duplicate items']]],
  ['a union with two members set, and one of them wrong', { name: 'ok', choice: { text: 'x', count: 0 } }, [
    ['/choice/count', 'range', 'must be between 1 and 9'],
    ['/choice', 'union', 'exactly one member must be set'],
  ]],
  ['a wrong type reports that alone', { name: 5, size: 1.5, mode: 3 }, [
    ['/name', 'type', 'must be a string'],
    ['/size', 'type', 'must be an integer (-2147483648 to 2147483647)'],
    ['/mode', 'type', 'must be a string'],
  ]],
  ['an enum value it does not know, and a broken rule', { name: 'ok', mode: 'FAST', first: 'a', second: 'b' }, [
    ['', 'atMostOneOf', "at most one of 'first', 'second' may be set"],
    ['/mode', 'enum', 'must be one of: fast, slow'],
  ]],
  ['code points, not UTF-16 units, count', { name: '😀😀😀😀' }, []],
  ['five code points are too many', { name: '😀😀😀😀😀' }, [['/name', 'length', 'length must be between 1 and 4 characters']]],
];

for (const [name, value, expected] of cases) {
  test(`explain: ${name}`, () => {
    const issues = validate(value).map((i) => [i.path, i.constraint, i.message] as [string, string, string]);
    assert.equal(issues, expected);
  });
}

test('a member set as a non-enumerable own property is checked like any other', () => {
  const value = Object.defineProperty({}, 'name', { value: 5, enumerable: false });
  assert.equal(validate(value).map((i) => [i.path, i.constraint]), [['/name', 'type']]);
});

test('explain never returns nothing for a value check rejected: a disagreement is still invalid', () => {
  // Called the way the validators call it, but on a value the schema accepts (as if check had
  // rejected it by mistake).
  const issues = explain({ scType: 'string' }, 'fine');
  assert.equal(issues.map((i) => [i.path, i.constraint]), [['', 'schema']]);
  assert.match(issues[0].message, /please report/);
});

test('messages never hold the value', () => {
  const secret = 'SECRET-VALUE';
  for (const issue of validate({ name: secret, labels: { [secret]: secret }, mode: secret })) {
    assert.not.ok(issue.message.includes(secret), issue.message);
  }
});

test.run();
