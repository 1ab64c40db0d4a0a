/**
 * Requests as the mock server reads them: it matches a request to an operation's URI template and
 * parses it back into an input. (The client writes requests with generated code, see serialize.ts.)
 */
import { type Bag, getOwn, setOwn } from './data.js';
import { textToScalar } from './text.js';
import { readMessage } from './message.js';
import { type MemberSchema, type OperationSchema, resolve, type SchemaRef } from './schema.js';

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

/**
 * A request target split into its path, exactly as sent, and its query. Routing must see the path
 * as the client wrote it: URL parsing would resolve `..` and `%2e%2e`, fold `//` and turn `\` into
 * `/`, letting a path that names no route reach one. An absolute-form target
 * (`http://host/path`, which HTTP/1.1 servers must accept) loses its scheme and authority.
 */
export function splitTarget(target: string): { path: string; query: URLSearchParams } {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  const rest = absolute ? target.slice(absolute[0].length) : target;
  const queryStart = rest.indexOf('?');
  const path = queryStart === -1 ? rest : rest.slice(0, queryStart);
  return { path, query: new URLSearchParams(queryStart === -1 ? '' : rest.slice(queryStart + 1)) };
}

/** Label values (decoded) when `path` matches, else undefined. */
export function matchRoute(route: Route, path: string, query: URLSearchParams): Record<string, string> | undefined {
  if (!path.startsWith('/')) return undefined;
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
