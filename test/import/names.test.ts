import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ShapeNames, memberNames, uniqueEnumNames } from '../../generator/import/common/names.ts';
import { IDENTIFIER, typeNameOf } from '../../generator/ir/names.ts';

const SHAPE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

test('legal names are kept, including reserved words and case clashes', () => {
  const names = new ShapeNames(['default', 'constructor', 'foo', 'Foo', 'Record']);
  assert.equal(['default', 'constructor', 'foo', 'Foo', 'Record'].map((n) => names.get(n)), ['default', 'constructor', 'foo', 'Foo', 'Record']);
  assert.equal(names.renamed, []);
});

test('illegal names are sanitised; punctuation clashes are numbered in sorted order', () => {
  const names = new ShapeNames(['Foo-Bar', 'Foo.Bar', 'Foo_Bar', '__proto__', '__string', '1st', '---']);
  assert.equal(names.get('Foo_Bar'), 'Foo_Bar');
  assert.equal(names.get('Foo-Bar'), 'Foo_Bar_2');
  assert.equal(names.get('Foo.Bar'), 'Foo_Bar_3');
  assert.equal(names.get('__proto__'), 'proto__');
  assert.equal(names.get('__string'), 'string');
  assert.equal(names.get('1st'), 'st');
  assert.equal(names.get('---'), 'Shape');
  assert.equal(names.renamed.map((r) => r.from), ['---', '1st', 'Foo-Bar', 'Foo.Bar', '__proto__', '__string']);
});

test('a shape whose TypeScript name is taken by another shape is renamed', () => {
  const names = new ShapeNames(['Date', 'DateShape', 'Error']);
  assert.equal(names.get('DateShape'), 'DateShape');
  assert.equal(names.get('Date'), 'Date_2');
  assert.equal(names.get('Error'), 'Error');
});

test('fresh names avoid every claimed name and type name', () => {
  const names = new ShapeNames(['PutInput', 'String']);
  assert.equal(names.fresh('PutInput'), 'PutInput_2');
  assert.equal(names.fresh('StringShape'), 'StringShape_2', 'String already claims StringShape');
  assert.equal(names.fresh('Other'), 'Other');
  assert.equal(names.fresh('Other'), 'Other_2');
});

test('any set of names maps to legal, distinct, collision-free TypeScript names', () => {
  const tricky = ['a', 'A', 'a-b', 'a_b', 'a.b', 'ab', 'String', 'StringShape', 'stringShape', 'string', 'default', 'defaultShape',
    '__proto__', 'proto__', 'constructor', 'Promise', 'PromiseShape', '9lives', 'été', 'Été', 'x y', 'x_y'];
  const names = new ShapeNames(tricky);
  const finals = tricky.map((n) => names.get(n));
  assert.ok(finals.every((n) => SHAPE_NAME.test(n)), finals.join(' '));
  assert.is(new Set(finals).size, finals.length);
  const typeNames = finals.map(typeNameOf);
  assert.is(new Set(typeNames).size, typeNames.length, typeNames.join(' '));
  assert.ok(typeNames.every((n) => IDENTIFIER.test(n)));
});

test('member names: legal kept (even __proto__), others sanitised and unique', () => {
  const names = memberNames(['__proto__', 'default', 'a-b', 'a_b', '1x', 'a.b']);
  assert.equal([...names.values()], ['__proto__', 'default', 'a_b_2', 'a_b', '_1x', 'a_b_3']);
});

test('enum names are made unique by numbering', () => {
  assert.equal(uniqueEnumNames(['A', 'B', 'A', 'A']), ['A', 'B', 'A_2', 'A_3']);
});

test.run();
