import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { typeNameOf } from '../../generator/ir/names.ts';
import { FIXTURES, readJson, shapeOf } from './harness.ts';

const { ir, report } = importBotocore(readJson(join(FIXTURES, 'botocore-features', 'service-2.json')));
const op = (name: string) => ir.operations.find((o) => o.name === name)!;
const member = (shape: string, name: string) => shapeOf(ir, shape, 'structure').members.find((m) => m.name === name)!;
const notes = (shape: string, trait?: string) => report.filter((n) => n.shape === shape && (trait === undefined || n.trait === trait));

test('service metadata comes from the botocore metadata', () => {
  assert.is(ir.name, 'mysvc');
  assert.is(ir.title, 'My Test Service');
  assert.is(ir.version, '2020-02-02');
  assert.is(ir.signingName, 'mysvc');
  assert.is(ir.endpoint, 'https://my-svc.{region}.amazonaws.com');
  assert.is(ir.docs, 'The _test_ service.');
  assert.equal(ir.package, { name: '@shapecraft/mysvc', version: '0.1.0', license: 'Apache-2.0' });
  assert.equal(notes('(service)').map((n) => n.trait), ['metadata.serviceId']);
});

test('operations keep http, errors (deduplicated), docs as Markdown, flags', () => {
  const get = op('GetThing');
  assert.equal(get.http, { method: 'GET', uri: '/things/{ThingId}/{path+}?versions', code: 200 });
  assert.equal(get.errors, ['NotFound', 'Throttled']);
  assert.is(get.docs, 'Gets a **thing**. See [the guide](https://example.com/x).');
  assert.is(get.readonly, true);
  const del = op('DeleteThing');
  assert.equal(del.http.code, 204);
  assert.equal(del.deprecated, { message: 'Use PutThing.' });
  assert.is(del.idempotent, true);
  assert.is(del.output, 'DeleteThingOutput');
  assert.equal(shapeOf(ir, 'DeleteThingOutput', 'structure').members, []);
});

test('an operation without input/output gets empty structures, avoiding taken names', () => {
  const put = op('PutThing');
  assert.is(put.input, 'PutThingInput_2');
  assert.is(put.output, 'PutThingOutput');
  assert.equal(shapeOf(ir, 'PutThingInput_2', 'structure').members, []);
});

test('endpoint hostPrefix, hostLabel, httpChecksumRequired and requestcompression are carried over', () => {
  assert.is(op('GetThing').hostPrefix, '{thingId}.data.');
  assert.is(member('GetThingRequest', 'thingId').hostLabel, true);
  assert.is(op('PutThing').httpChecksumRequired, true);
  assert.is(op('GetThing').httpChecksumRequired, undefined);
  assert.equal(op('ListFoo').requestCompression, { encodings: ['gzip'] });
  // A label follows its member's rename (my-member is not a legal member name).
  assert.is(op('ListFoo').hostPrefix, '{my_member}.foo.');
  assert.is(member('ListFooInput', 'my_member').hostLabel, true);
  assert.equal(notes('GetThing', 'endpoint'), []);
  const [note] = notes('ListFoo', 'requestcompression.encodings');
  assert.match(note.message, /unsupported encodings left out.*"br"/);
});

test('member locations become HTTP bindings', () => {
  assert.equal(member('GetThingRequest', 'thingId').http, { kind: 'label', name: 'ThingId' });
  assert.equal(member('GetThingRequest', 'path').http, { kind: 'label', name: 'path', greedy: true });
  assert.equal(member('GetThingRequest', 'version').http, { kind: 'query', name: 'v' });
  assert.equal(member('GetThingRequest', 'filter').http, { kind: 'header', name: 'X-Amz-Filter' });
  assert.equal(member('GetThingRequest', 'meta').http, { kind: 'prefixHeaders', prefix: 'x-amz-meta-' });
  assert.equal(member('GetThingRequest', 'params').http, { kind: 'queryParams' });
  assert.is(member('GetThingRequest', 'token').idempotencyToken, true);
  assert.is(member('GetThingRequest', 'thingId').required, true);
  assert.is(member('GetThingRequest', 'version').required, false);
  assert.equal(member('GetThingResponse', 'body').http, { kind: 'payload' });
  assert.is(member('GetThingResponse', 'body').docs, 'The bytes.');
  assert.equal(member('GetThingResponse', 'status').http, { kind: 'statusCode' });
  // jsonvalue is carried over as the JSON media type of the header's string shape.
  assert.equal(notes('GetThingRequest', 'jsonvalue'), []);
  assert.is(shapeOf(ir, 'JsonHeader', 'string').mediaType, 'application/json');
});

test('body members keep their wire name as jsonName', () => {
  assert.is(member('ListFooInput', 'tags').jsonName, 'Tags');
  const renamed = member('ListFooInput', 'my_member');
  assert.is(renamed.jsonName, 'my-member');
  assert.equal(renamed.deprecated, { message: 'gone', since: '2021' });
  assert.equal(notes('ListFooInput', 'name').map((n) => n.member), ['my-member']);
});

test('reserved member names stay as they are (members are data)', () => {
  const names = shapeOf(ir, 'ListFooInput', 'structure').members.map((m) => m.name);
  assert.equal(names.slice(0, 3), ['default', 'constructor', '__proto__']);
});

test('scalar shapes carry their constraints', () => {
  const id = shapeOf(ir, 'ThingId', 'string');
  assert.equal(id.length, { min: 1, max: 64 });
  assert.is(id.pattern, '^[A-Za-z0-9_\\- ]+$', 'identity escapes outside classes rewritten for the u flag');
  assert.is(id.sensitive, true);
  assert.equal(shapeOf(ir, 'Count', 'integer').range, { min: 0, max: 100 });
  assert.is(shapeOf(ir, 'ThingBody', 'blob').streaming, true);
  assert.is(shapeOf(ir, 'When', 'timestamp').format, 'date-time');
  assert.is(shapeOf(ir, 'StringShape', 'string').docs, 'Plain text & an entity.');
  assert.equal(shapeOf(ir, 'StringMap', 'map').length, { max: 10 });
  const tags = shapeOf(ir, 'TagList', 'list');
  assert.equal([tags.member, tags.length], ['String_2', { min: 1, max: 5 }]);
  assert.equal(notes('TagList').map((n) => n.trait), ['member.locationName']);
});

test('enums become closed enum shapes with the loader\'s default names', () => {
  assert.equal(shapeOf(ir, 'Color', 'enum').values, [
    { name: 'RED', value: 'red' },
    { name: 'DARK_BLUE', value: 'dark-blue' },
    { name: '_2XX', value: '2xx' },
  ]);
});

test('union and document structures', () => {
  assert.equal(shapeOf(ir, 'Choice', 'union').members.map((m) => [m.name, m.target, m.required]), [['a', 'String_2', false], ['b', 'Count', false]]);
  assert.is(shapeOf(ir, 'Doc').type, 'document');
});

test('exceptions become error traits', () => {
  assert.equal(shapeOf(ir, 'NotFound', 'structure').error, { fault: 'client', httpStatus: 404, code: 'NotFoundError' });
  assert.equal(shapeOf(ir, 'Throttled', 'structure').error, { fault: 'client', httpStatus: 429, retryable: true, throttling: true });
  assert.equal(shapeOf(ir, 'ServerErr', 'structure').error, { fault: 'server', httpStatus: 500 });
  assert.equal(notes('ServerErr').map((n) => n.trait), ['error.httpStatusCode']);
});

test('names the format forbids are mapped deterministically and reported', () => {
  const names = ir.shapes.map((s) => s.name);
  assert.ok(names.includes('foo') && names.includes('Foo'), 'case clashes are legal TypeScript and kept');
  assert.ok(names.includes('Foo_Bar') && names.includes('Foo_Bar_2'), 'punctuation clash numbered');
  assert.ok(names.includes('boolean') && !names.includes('__boolean'));
  assert.ok(names.includes('default'));
  assert.ok(names.includes('StringShape') && names.includes('String_2') && !names.includes('String'));
  const typeNames = ir.shapes.map((s) => typeNameOf(s.name));
  assert.is(new Set(typeNames).size, typeNames.length, 'every TypeScript type name is unique');
  assert.equal(report.filter((n) => n.trait === 'name' && n.member === undefined).map((n) => n.shape), ['Foo-Bar', 'String', '__boolean']);
  assert.is(member('ListFooOutput', 'fooBar').target, 'Foo_Bar_2');
});

test('IR order: shapes and operations sorted by name', () => {
  const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.equal(ir.shapes.map((s) => s.name), sorted(ir.shapes.map((s) => s.name)));
  assert.equal(ir.operations.map((s) => s.name), sorted(ir.operations.map((s) => s.name)));
});

test('importing twice gives the same IR and report', () => {
  const again = importBotocore(readJson(join(FIXTURES, 'botocore-features', 'service-2.json')));
  assert.equal(again, { ir, report });
});

test('a file that is not a botocore model is refused', () => {
  assert.throws(() => importBotocore({ shapes: {} }), /not a botocore service model/);
});

test('a reference to an undefined shape is an input error', () => {
  const broken = { metadata: { apiVersion: '1', endpointPrefix: 'x', serviceFullName: 'X' }, operations: {}, shapes: { L: { type: 'list', member: { shape: 'Missing' } } } };
  assert.throws(() => importBotocore(broken), (e: unknown) => e instanceof TypeError && /does not define: Missing/.test((e as Error).message));
});

test.run();
