import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { importSmithy } from '../../generator/import/smithy/index.ts';
import { FIXTURES, readJson, shapeOf } from './harness.ts';

const { ir, report } = importSmithy(readJson(join(FIXTURES, 'smithy-features', 'model.json')));
const op = (name: string) => ir.operations.find((o) => o.name === name)!;
const member = (shape: string, name: string) => shapeOf(ir, shape, 'structure').members.find((m) => m.name === name)!;
const traitsOf = (shape: string) => report.filter((n) => n.shape === shape).map((n) => n.trait);

test('service from aws.api#service, sigv4, title and version', () => {
  assert.equal(
    [ir.name, ir.title, ir.version, ir.signingName, ir.endpoint, ir.docs, ir.errors],
    ['weatherapi', 'Weather Service', '2006-03-01', 'weather', 'https://weather-api.{region}.amazonaws.com', 'Weather `forecasts`.', ['ServiceError']],
  );
  assert.equal(traitsOf('Weather'), ['aws.api#service.sdkId']);
});

test('operations are collected from the service and its resources, transitively', () => {
  assert.equal(ir.operations.map((o) => o.name), ['GetCity', 'Ping', 'PutForecast']);
  assert.equal(traitsOf('City'), ['resource']);
});

test('operation http, flags, deprecation and Unit input/output', () => {
  assert.equal(op('PutForecast').http, { method: 'PUT', uri: '/forecast', code: 201 });
  assert.is(op('PutForecast').idempotent, true);
  assert.equal(op('PutForecast').deprecated, { message: 'old', since: '2020' });
  assert.is(op('GetCity').readonly, true);
  assert.equal([op('Ping').input, op('Ping').output], ['PingInput', 'PingOutput']);
  assert.equal(shapeOf(ir, 'PingInput', 'structure').members, []);
  assert.equal(traitsOf('GetCity'), ['smithy.api#paginated']);
});

test('endpoint, hostLabel, httpChecksumRequired and requestCompression carry over', () => {
  assert.is(op('GetCity').hostPrefix, '{cityId}.cities.');
  assert.is(member('GetCityInput', 'cityId').hostLabel, true);
  assert.is(op('PutForecast').httpChecksumRequired, true);
  assert.equal(op('PutForecast').requestCompression, { encodings: ['gzip'] });
  assert.is(op('GetCity').requestCompression, undefined);
  for (const trait of ['smithy.api#endpoint', 'smithy.api#httpChecksumRequired', 'smithy.api#requestCompression']) {
    assert.not.ok(traitsOf('PutForecast').includes(trait), `${trait} is consumed`);
  }
});

test('examples carry over, error examples name the local shape', () => {
  assert.equal(op('GetCity').examples, [
    { title: 'Get a city', docs: 'Gets Seattle.', input: { cityId: 'seattle', rest: 'a/b' }, output: { name: 'Seattle' } },
    { title: 'No such city', input: { cityId: 'atlantis', rest: 'x' }, error: { shape: 'NoSuchCity', content: { message: 'gone' } } },
  ]);
});

test('http binding traits', () => {
  assert.equal(member('GetCityInput', 'cityId').http, { kind: 'label', name: 'cityId' });
  assert.equal(member('GetCityInput', 'rest').http, { kind: 'label', name: 'rest', greedy: true });
  assert.equal(member('GetCityInput', 'units').http, { kind: 'query', name: 'u' });
  assert.equal(member('GetCityInput', 'extra').http, { kind: 'queryParams' });
  assert.equal(member('GetCityInput', 'trace').http, { kind: 'header', name: 'X-Trace' });
  assert.equal(member('GetCityOutput', 'meta').http, { kind: 'prefixHeaders', prefix: 'x-meta-' });
  assert.equal(member('GetCityOutput', 'status').http, { kind: 'statusCode' });
  assert.equal(member('PutForecastInput', 'body').http, { kind: 'payload' });
  assert.is(member('PutForecastInput', 'token').idempotencyToken, true);
});

test('mixins: members and their traits are applied, the mixin itself is gone', () => {
  const name = member('GetCityOutput', 'name');
  assert.equal([name.docs, name.required, name.target], ['The name.', true, 'String']);
  assert.not.ok(ir.shapes.some((s) => s.name === 'Named'));
});

test('member traits: default, jsonName, timestampFormat', () => {
  const population = member('GetCityOutput', 'population');
  assert.equal([population.default, population.jsonName, population.target], [0, 'pop', 'PrimitiveInteger']);
  assert.is(member('GetCityOutput', 'founded').timestampFormat, 'epoch-seconds');
});

test('prelude targets become plain shapes', () => {
  assert.equal(shapeOf(ir, 'String'), { name: 'String', type: 'string' });
  assert.equal(shapeOf(ir, 'Integer'), { name: 'Integer', type: 'integer' });
  assert.equal(shapeOf(ir, 'PrimitiveInteger'), { name: 'PrimitiveInteger', type: 'integer' });
  assert.equal(shapeOf(ir, 'Timestamp'), { name: 'Timestamp', type: 'timestamp' });
  assert.equal(traitsOf('Unit'), ['prelude']);
  assert.equal(shapeOf(ir, 'Choice', 'union').members.map((m) => m.target), ['String', 'Unit']);
});

test('enum trait, enum and intEnum shapes', () => {
  assert.equal(shapeOf(ir, 'Units', 'enum').values, [{ name: 'METRIC', value: 'metric' }, { name: 'IMPERIAL', value: 'imperial', docs: 'Feet.' }]);
  assert.equal(shapeOf(ir, 'Kind', 'enum').values, [{ name: 'BIG', value: 'big' }, { name: 'SMALL', value: 'small', docs: 'Tiny.' }]);
  assert.equal(shapeOf(ir, 'Level', 'intEnum').values, [{ name: 'LOW', value: 1 }, { name: 'HIGH', value: 10 }]);
});

test('collections: list with member traits and uniqueItems; blob streaming with media type', () => {
  const tags = shapeOf(ir, 'Tags', 'list');
  assert.equal([tags.length, tags.uniqueItems, tags.memberTraits], [{ max: 3 }, true, { length: { max: 8 } }]);
  const data = shapeOf(ir, 'Data', 'blob');
  assert.equal([data.streaming, data.mediaType], [true, 'application/octet-stream']);
});

test('constraints on a map key become a string shape of their own', () => {
  assert.is(shapeOf(ir, 'Labels', 'map').key, 'LabelsKey');
  assert.equal(shapeOf(ir, 'LabelsKey'), { name: 'LabelsKey', type: 'string', length: { max: 5 }, pattern: '^[a-z\\-]+$' });
});

test('errors: error + httpError + retryable, default status from the fault', () => {
  assert.equal(shapeOf(ir, 'NoSuchCity', 'structure').error, { fault: 'client', httpStatus: 404 });
  assert.equal(shapeOf(ir, 'ServiceError', 'structure').error, { fault: 'server', httpStatus: 500, retryable: true, throttling: true });
});

test('namespace clash: the service namespace keeps the name, the other is numbered and reported', () => {
  assert.is(shapeOf(ir, 'Thing').type, 'string');
  assert.equal(shapeOf(ir, 'Thing_2', 'long').range, { min: 1 });
  assert.is(member('GetCityOutput', 'thing').target, 'Thing_2');
  assert.equal(traitsOf('Thing'), ['name']);
});

test('event streams: reported, error events left out of the union', () => {
  assert.equal(shapeOf(ir, 'Events', 'union').members.map((m) => m.name), ['update']);
  assert.equal(traitsOf('Events'), ['eventstream', 'smithy.api#streaming']);
});

test('patterns are rewritten for the u flag', () => {
  assert.is(shapeOf(ir, 'CityId', 'string').pattern, '^[a-z\\-]+$');
});

test('the report lists exactly what was not carried over', () => {
  assert.equal(report.map((n) => `${n.shape}:${n.trait}`), [
    'City:resource', 'Events:eventstream', 'Events:smithy.api#streaming', 'Forecast:resource',
    'GetCity:smithy.api#paginated', 'PrimitiveInteger:prelude', 'Thing:name', 'Unit:prelude',
    'Weather:aws.api#service.sdkId',
  ]);
});

test('a file that is not Smithy JSON is refused', () => {
  assert.throws(() => importSmithy({ shapes: {} }), /not a Smithy JSON AST model/);
});

test.run();
