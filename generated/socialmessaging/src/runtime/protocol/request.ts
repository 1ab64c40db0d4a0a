/**
 * Requests, both directions: the client serialises an input into method, path, query, headers and
 * body; the mock server matches a request to an operation and parses it back into an input.
 */
import { type Bag, getOwn, isObject, SerdeError, setOwn } from './data.js';
import { escapeUri, type HttpRequestParts, scalarToText, textToScalar } from './http.js';
import { readMessage, writeMessage } from './message.js';
import { type MemberSchema, type OperationSchema, resolve, type SchemaRef } from './schema.js';

export function serializeRequest(op: OperationSchema, input: Bag): HttpRequestParts {
  const queryStart = op.uri.indexOf('?');
  const template = queryStart === -1 ? op.uri : op.uri.slice(0, queryStart);
  const members = op.input.members;
  const path = template.replace(/\{([^}+]+)(\+?)\}/g, (_, label: string, greedy: string) => {
    const m = members.find((x) => x.label === label);
    const value = m && getOwn(input, m.name);
    if (!m || value === undefined || value === null || value === '') throw new SerdeError(`the URI label ${label} has no value`);
    const text = scalarToText(m.target, value, m.format ?? 'date-time', false);
    const segments = greedy ? text.split('/') : [text];
    // URL parsers (fetch's included) resolve `.` and `..` segments, escaped or not: the request
    // would go to another path, so such a value cannot be sent at all.
    if (segments.some((s) => s === '.' || s === '..')) throw new SerdeError(`the URI label ${label} cannot hold a "." or ".." path segment`);
    return segments.map(escapeUri).join('/');
  });

  // The URI's literal query pairs come first, as written; then the bound members.
  const query: string[] = queryStart === -1 ? [] : op.uri.slice(queryStart + 1).split('&').filter(Boolean);
  const named = new Set<string>();
  for (const m of members) if (m.query) named.add(m.query);
  for (const m of members) {
    const value = getOwn(input, m.name);
    if (value === undefined || value === null) continue;
    if (m.query) addQuery(query, m.query, m.target, value, m.format);
    else if (m.queryParams && isObject(value)) {
      const map = resolve(m.target);
      const valueSchema = typeof map === 'object' && map.type === 'map' ? map.value : 'string';
      // Named query members take precedence over the same key in the map (Smithy's rule).
      for (const key of Object.keys(value)) if (!named.has(key)) addQuery(query, key, valueSchema, value[key], undefined);
    }
  }
  const headers: Record<string, string> = {};
  const body = writeMessage(op.input, input, headers);
  return { method: op.method, path, query: query.join('&'), headers, body };
}

function addQuery(query: string[], name: string, ref: SchemaRef, value: unknown, format: MemberSchema['format']): void {
  const schema = resolve(ref);
  const key = escapeUri(name);
  if (typeof schema === 'object' && schema.type === 'list') {
    if (!Array.isArray(value)) throw new SerdeError(`query ${name}: expected a list`);
    for (const item of value) {
      if (item !== null && item !== undefined) query.push(`${key}=${escapeUri(scalarToText(schema.member, item, schema.format ?? format ?? 'date-time', false))}`);
    }
  } else if (value !== null && value !== undefined) {
    query.push(`${key}=${escapeUri(scalarToText(schema, value, format ?? 'date-time', false))}`);
  }
}

/** A compiled URI template: literal segments, labels, an optional greedy tail, required query pairs. */
export interface Route {
  segments: { literal?: string; label?: string; greedy?: boolean }[];
  query: [string, string | undefined][];
  /** More literal parts win when two templates match the same request. */
  specificity: number;
}

/** Compiled by splitting, never into a RegExp: a template is model text and may hold regex syntax. */
export function compileRoute(uri: string): Route {
  const queryStart = uri.indexOf('?');
  const path = queryStart === -1 ? uri : uri.slice(0, queryStart);
  const segments = path
    .split('/')
    .slice(1)
    .map((s) => {
      if (s.startsWith('{') && s.endsWith('}')) {
        const greedy = s.endsWith('+}');
        return { label: s.slice(1, greedy ? -2 : -1), greedy };
      }
      return { literal: s };
    });
  const query: [string, string | undefined][] =
    queryStart === -1
      ? []
      : uri
          .slice(queryStart + 1)
          .split('&')
          .filter(Boolean)
          .map((pair) => {
            const eq = pair.indexOf('=');
            return eq === -1 ? [pair, undefined] : [pair.slice(0, eq), pair.slice(eq + 1)];
          });
  const specificity = segments.filter((s) => s.literal !== undefined).length * 2 + query.length;
  return { segments, query, specificity };
}

/** Label values (decoded) when `path` matches, else undefined. */
export function matchRoute(route: Route, path: string, query: URLSearchParams): Record<string, string> | undefined {
  const parts = path.split('/').slice(1);
  const labels: Record<string, string> = {};
  let i = 0;
  for (const segment of route.segments) {
    if (segment.greedy) {
      const rest = parts.slice(i);
      if (rest.length === 0 || rest.join('') === '') return undefined;
      const value = decode(rest.join('/'));
      if (value === undefined) return undefined;
      setOwn(labels, segment.label!, value);
      i = parts.length;
      continue;
    }
    const part = parts[i++];
    if (part === undefined) return undefined;
    if (segment.literal !== undefined) {
      if (part !== segment.literal && decode(part) !== segment.literal) return undefined;
    } else {
      const value = decode(part);
      if (value === undefined || value === '') return undefined;
      setOwn(labels, segment.label!, value);
    }
  }
  if (i !== parts.length) return undefined;
  for (const [name, value] of route.query) {
    if (!query.has(name) || (value !== undefined && query.get(name) !== value)) return undefined;
  }
  return labels;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The mock server's side: a matched request back into the operation's input. */
export function parseRequest(
  op: OperationSchema,
  labels: Record<string, string>,
  query: URLSearchParams,
  headers: Record<string, string>,
  body: Uint8Array,
): Bag {
  const input: Bag = {};
  const named = new Set<string>();
  for (const m of op.input.members) if (m.query) named.add(m.query);
  for (const m of op.input.members) {
    if (m.label) {
      const text = getOwn(labels, m.label);
      if (typeof text === 'string') setOwn(input, m.name, textToScalar(m.target, text, m.format ?? 'date-time', false));
    } else if (m.query && query.has(m.query)) {
      setOwn(input, m.name, readQuery(m.target, query.getAll(m.query), m.format));
    } else if (m.queryParams) {
      const map = resolve(m.target);
      const valueSchema = typeof map === 'object' && map.type === 'map' ? map.value : 'string';
      const out: Bag = {};
      for (const key of new Set(query.keys())) if (!named.has(key)) setOwn(out, key, readQuery(valueSchema, query.getAll(key), undefined));
      if (Object.keys(out).length > 0) setOwn(input, m.name, out);
    }
  }
  return readMessage(op.input, headers, body, input);
}

function readQuery(ref: SchemaRef, values: string[], format: MemberSchema['format']): unknown {
  const schema = resolve(ref);
  if (typeof schema === 'object' && schema.type === 'list') {
    return values.map((v) => textToScalar(schema.member, v, schema.format ?? format ?? 'date-time', false));
  }
  return textToScalar(schema, values[0], format ?? 'date-time', false);
}
