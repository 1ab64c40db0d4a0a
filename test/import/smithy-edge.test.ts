import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { formatNote } from '../../generator/import/common/index.ts';
import { importSmithy } from '../../generator/import/smithy/index.ts';
import { FIXTURES, readJson, shapeOf } from './harness.ts';

// Source features the mapping loses or must reshape: each is carried over or reported, and the
// exported model loads (export.test.ts checks the golden files and the load).
const { ir, report } = importSmithy(readJson(join(FIXTURES, 'smithy-edge-cases', 'model.json')));
const member = (shape: string, name: string) => shapeOf(ir, shape, 'structure').members.find((m) => m.name === name)!;
const notes = (shape: string) => report.filter((n) => n.shape === shape).map(formatNote);

test('apply to a member inherited from a mixin is carried over', () => {
  const fromBase = member('SendInput', 'fromBase');
  assert.equal([fromBase.required, fromBase.docs], [true, 'Applied to an inherited member.']);
  // Only the shape the apply names: SendOutput inherits the same member untouched.
  assert.equal([member('SendOutput', 'fromBase').required, member('SendOutput', 'fromBase').docs], [false, undefined]);
});

test('apply to a member a mixin inherits reaches the shapes that use that mixin', () => {
  assert.is(member('SendInput', 'tagged').docs, "Applied to a mixin's inherited member.");
  assert.is(member('SendOutput', 'tagged').docs, undefined);
});

test('apply to a shape or member that does not exist is reported', () => {
  assert.equal(notes('Missing'), [
    'Missing: apply: applies to edge.test#Missing, which the model does not define; its traits are not carried over: {"smithy.api#documentation":"Applied to nothing."}',
  ]);
  assert.equal(notes('SendOutput'), [
    'SendOutput.missing: apply: applies to member missing, which edge.test#SendOutput neither has nor inherits; its traits are not carried over: {"smithy.api#sensitive":{}}',
  ]);
});

test('a constrained map key keeps the traits of the string it targets', () => {
  assert.is(shapeOf(ir, 'Labels', 'map').key, 'LabelsKey');
  assert.equal(shapeOf(ir, 'LabelsKey'), {
    name: 'LabelsKey',
    type: 'string',
    docs: 'A secret key.',
    deprecated: { message: 'use tags', since: '2020' },
    sensitive: true,
    length: { min: 1, max: 8 },
    mediaType: 'text/plain',
  });
});

test('a required union member is made optional with a note, so the model loads (no SC2016)', () => {
  assert.equal(shapeOf(ir, 'Choice', 'union').members.map((m) => [m.name, m.required]), [['text', false], ['count', false]]);
  assert.equal(notes('Choice'), ['Choice.text: smithy.api#required: union members are never required; dropped']);
});

test('enum trait: a repeated value is left out, entry tags are reported', () => {
  assert.equal(shapeOf(ir, 'Color', 'enum').values, [{ name: 'RED', value: 'red' }, { name: 'BLUE', value: 'blue' }]);
  assert.equal(notes('Color'), [
    'Color.CRIMSON: smithy.api#enum: value "red" is listed twice; the repeat is left out',
    'Color.RED: smithy.api#enum.tags: not representable in the IR: ["internal"]',
  ]);
});

test('enum and intEnum shapes: a repeated enumValue is left out with a note', () => {
  assert.equal(shapeOf(ir, 'Size', 'enum').values, [{ name: 'SMALL', value: 's' }, { name: 'LARGE', value: 'l' }]);
  assert.equal(notes('Size'), ['Size.LITTLE: smithy.api#enumValue: value "s" is listed twice; the repeat is left out']);
  assert.equal(shapeOf(ir, 'Level', 'intEnum').values, [{ name: 'LOW', value: 1 }]);
  assert.equal(notes('Level'), ['Level.ONE: smithy.api#enumValue: value 1 is listed twice; the repeat is left out']);
});

test('the report lists exactly what was not carried over', () => {
  assert.equal(report.map((n) => `${n.shape}${n.member ? `.${n.member}` : ''}:${n.trait}`), [
    'Choice.text:smithy.api#required', 'Color.CRIMSON:smithy.api#enum', 'Color.RED:smithy.api#enum.tags', 'Level.ONE:smithy.api#enumValue',
    'Missing:apply', 'SendOutput.missing:apply', 'Size.LITTLE:smithy.api#enumValue',
  ]);
});

test.run();
