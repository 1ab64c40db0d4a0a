/**
 * The client's generated serde and the mock server's schema-driven runtime are two implementations
 * of one protocol. For every operation of the socialmessaging model (the checked-in generated
 * package), any valid input the client serialises, the mock parses back to the same value, and any
 * valid output the mock serialises, the client reads back to the same value.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../generator/load/index.ts';
import type { OperationDefinition } from '../../templates/runtime/client/client.ts';
import { compileRoute, matchRoute, parseRequest } from '../../templates/runtime/protocol/request.ts';
import { serializeResponse } from '../../templates/runtime/protocol/response.ts';
import { resolve, type MemberSchema, type SchemaRef } from '../../templates/runtime/protocol/schema.ts';
import { ValueArbitraries } from '../support/arbitraries.ts';

const RUNS = Number(process.env.FUZZ_RUNS_ROUNDTRIP ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const TOKEN = 'filled-in-token';

const { ir } = await loadModel(fileURLToPath(new URL('../../model/', import.meta.url)));
if (!ir) throw new Error('the model does not load');
const client = (await import('../../generated/socialmessaging/src/client/index.ts')) as Record<string, unknown>;
const validators = (await import('../../generated/socialmessaging/src/validators/index.ts')) as Record<string, (value: unknown) => unknown[]>;
const arbitraries = new ValueArbitraries(ir);

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);

/**
 * A value as both sides must agree on it: timestamps as instants, blobs as bytes (a caller may pass
 * text), no absent members; a top-level member that travels outside the body loses what its
 * binding cannot carry (an empty list or map, a header timestamp's milliseconds).
 */
function canonical(ref: SchemaRef, value: unknown, binding?: MemberSchema): unknown {
  if (value === undefined || value === null) return value === null ? null : undefined;
  const schema = resolve(ref);
  if (schema === 'timestamp') {
    const ms = value instanceof Date ? value.getTime() : Date.parse(String(value));
    return binding?.header && (binding.format ?? 'http-date') === 'http-date' ? Math.floor(ms / 1000) * 1000 : ms;
  }
  if (schema === 'blob') return [...(typeof value === 'string' ? new TextEncoder().encode(value) : (value as Uint8Array))];
  if (typeof schema === 'string') return value;
  const outsideBody = binding && (binding.query || binding.queryParams || binding.header || binding.prefixHeaders !== undefined);
  if (schema.type === 'list') {
    const items = (value as unknown[]).map((item) => canonical(schema.member, item));
    return outsideBody && items.length === 0 ? undefined : items;
  }
  const out: Bag = {};
  for (const key of Object.keys(value as Bag)) {
    const member = schema.type === 'map' ? undefined : schema.members.find((m) => m.name === key);
    const item = canonical(schema.type === 'map' ? schema.value : member!.target, (value as Bag)[key], schema.type === 'map' ? undefined : binding ? undefined : member);
    if (item !== undefined) out[key] = item;
  }
  return schema.type === 'map' && outsideBody && Object.keys(out).length === 0 ? undefined : out;
}

function topLevel(ref: SchemaRef, value: Bag): unknown {
  const schema = resolve(ref);
  if (typeof schema !== 'object' || schema.type === 'list' || schema.type === 'map') throw new Error('an input or output is a structure');
  const out: Bag = {};
  for (const key of Object.keys(value)) {
    const member = schema.members.find((m) => m.name === key)!;
    const item = canonical(member.target, value[key], member);
    if (item !== undefined) out[key] = item;
  }
  return out;
}

const lowerCased = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
const bytes = (body: string | Uint8Array | undefined) => (typeof body === 'string' ? new TextEncoder().encode(body) : (body ?? new Uint8Array(0)));

for (const op of ir.operations) {
  const definition = client[`${op.name}Operation`] as OperationDefinition<Bag, Bag>;
  const schema = definition.schema!;
  const input = ir.shapes.find((s) => s.name === op.input);
  const tokens = input?.type === 'structure' ? input.members.filter((m) => m.idempotencyToken) : [];

  test(`${op.name}: client request → mock parse, and mock response → client read, keep every value`, () => {
    let inputs = 0;
    fc.assert(
      fc.property(arbitraries.mostlyValid(op.input), (value) => {
        if (!isBag(value) || validators[`validate${op.name}Input`](value).length > 0) return;
        inputs++;
        // What send() does before validating: a token the caller left out is filled in.
        const filled: Bag = { ...value };
        for (const m of tokens) filled[m.name] ??= TOKEN;
        const request = definition.serialize(filled);
        const url = new URL(`http://mock${request.path}${request.query ? `?${request.query}` : ''}`);
        const labels = matchRoute(compileRoute(schema.uri), url.pathname, url.searchParams);
        assert.ok(labels, `no route for ${url.pathname}`);
        const parsed = parseRequest(schema, labels!, url.searchParams, lowerCased(request.headers), bytes(request.body));
        assert.equal(topLevel(schema.input, parsed), topLevel(schema.input, filled));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    let outputs = 0;
    fc.assert(
      fc.property(arbitraries.mostlyValid(op.output), (value) => {
        if (!isBag(value) || validators[`validate${op.name}Output`](value).length > 0) return;
        outputs++;
        const response = serializeResponse(schema, value);
        const read = definition.deserialize(response.status, lowerCased(response.headers), bytes(response.body));
        assert.equal(topLevel(schema.output, read), topLevel(schema.output, value));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generators must reach valid values, or the property says nothing.
    assert.ok(inputs > RUNS / 3 && outputs > RUNS / 3, `${inputs} valid inputs and ${outputs} valid outputs of ${RUNS}`);
  });
}

test.run();
