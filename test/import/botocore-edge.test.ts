import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { formatNote } from '../../generator/import/common/index.ts';
import { FIXTURES, readJson, shapeOf } from './harness.ts';

// Source features the mapping loses or must reshape: each is carried over or reported, and the
// exported model loads (export.test.ts checks the golden files and the load).
const { ir, report } = importBotocore(readJson(join(FIXTURES, 'botocore-edge-cases', 'service-2.json')));
const notes = (shape: string, trait?: string) => report.filter((n) => n.shape === shape && (trait === undefined || n.trait === trait)).map(formatNote);

test('an event stream (eventstream: true, no union key) is a union, required dropped with a note', () => {
  const events = shapeOf(ir, 'ThingEvents', 'union');
  assert.equal(events.members.map((m) => [m.name, m.target, m.required]), [['update', 'UpdateEvent', false], ['done', 'DoneEvent', false]]);
  assert.equal(notes('ThingEvents'), [
    'ThingEvents: eventstream: error event failure (StreamFailure) dropped: error events of a stream are not representable',
    'ThingEvents: eventstream: event streams are not representable; imported as a plain union',
    'ThingEvents: required: union members are never required; dropped: ["update"]',
  ]);
});

test('metadata.auth: every scheme other than SigV4 is reported', () => {
  assert.equal(notes('(service)'), [
    '(service): metadata.auth: auth scheme "smithy.api#httpBearerAuth" not representable in the IR: requests are signed with SigV4 only',
  ]);
});

test('a repeated enum value is left out with a note, so the model loads (no SC2014)', () => {
  assert.equal(shapeOf(ir, 'Color', 'enum').values, [
    { name: 'RED', value: 'red' },
    { name: 'BLUE', value: 'blue' },
    { name: 'BLUE_2', value: 'Blue' },
  ]);
  assert.equal(notes('Color'), [
    'Color: enum: value "blue" is listed twice; the repeat is left out',
    'Color: enum: value "red" is listed twice; the repeat is left out',
  ]);
});

test('deprecatedSince without deprecated: true is reported on operations, members and shapes', () => {
  assert.is(ir.operations[0].deprecated, undefined);
  assert.equal(notes('StreamThings'), ['StreamThings: deprecatedSince: without deprecated: true nothing is deprecated; not carried over: "2022-02-02"']);
  assert.equal(notes('StreamThingsRequest'), ['StreamThingsRequest.old: deprecatedSince: without deprecated: true nothing is deprecated; not carried over: "2020"']);
  assert.equal(notes('Older'), ['Older: deprecatedSince: without deprecated: true nothing is deprecated; not carried over: "2019"']);
});

test('docs: text in angle brackets that is not a documentation tag survives', () => {
  assert.is(ir.docs, 'Names look like `/logs/<function name>`; pick "Selector \\<N>" and emit \\<Accessibility value="caption"/>.');
});

test('docs: ordered list start, hard breaks and code blocks are kept', () => {
  assert.is(ir.operations[0].docs, 'Steps:\n\n3. three\n4. four\n\nline one\\\nline two\n\n```\nfirst\n\n\n\nlast  \n  indented\n```');
});

test('the report lists exactly what was not carried over', () => {
  assert.equal(report.map((n) => `${n.shape}${n.member ? `.${n.member}` : ''}:${n.trait}`), [
    '(service):metadata.auth', 'Color:enum', 'Color:enum', 'DoneEvent:event', 'Older:deprecatedSince',
    'StreamThings:deprecatedSince', 'StreamThingsRequest.old:deprecatedSince', 'ThingEvents:eventstream',
    'ThingEvents:eventstream', 'ThingEvents:required', 'UpdateEvent:event',
  ]);
});

test.run();
