/** The mock's choice of example (templates/runtime/mock/examples.ts), on values as the protocol parses them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exampleFor, matchableExamples, sameValue } from '../../templates/runtime/mock/examples.ts';
import type { StructureSchema } from '../../templates/runtime/protocol/schema.ts';

const input: StructureSchema = {
  type: 'structure',
  members: [
    { name: 'at', target: 'timestamp' },
    { name: 'data', target: 'blob' },
    { name: 'tags', target: { type: 'list', member: 'string' } },
  ],
};

test('timestamps compare by instant and blobs by bytes, whatever form the example was written in', () => {
  const examples = matchableExamples(
    [
      { input: { at: '2025-01-02T03:04:05Z' }, output: { n: 1 } },
      { input: { at: '2025-01-02T03:04:05Z', data: 'aGk=' }, output: { n: 2 } },
    ],
    input,
  );
  const at = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
  assert.equal(exampleFor(examples, { at, data: new Uint8Array([104, 105]) })?.example.output, { n: 2 }, 'the more specific example wins');
  assert.equal(exampleFor(examples, { at, data: new Uint8Array([104]) })?.example.output, { n: 1 });
  assert.equal(exampleFor(examples, { at: new Date(at.getTime() + 1) }), undefined);
});

test('lists compare in order and objects by own keys; an inherited key is not a member', () => {
  assert.ok(sameValue({ a: [1, 'x'], b: { c: null } }, { b: { c: null }, a: [1, 'x'] }));
  assert.not.ok(sameValue({ a: [1, 'x'] }, { a: ['x', 1] }));
  assert.not.ok(sameValue({ a: 1 }, { a: 1, b: undefined }));
  assert.not.ok(sameValue({ toString: 1 }, Object.create({ toString: 1 })));
  assert.not.ok(sameValue(new Date(0), 0));
  assert.not.ok(sameValue({}, []));
  assert.ok(sameValue(Number.NaN, Number.NaN));
});

test.run();
