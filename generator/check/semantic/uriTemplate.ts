/**
 * Smithy's rules for the URI of an operation's `http` (the http trait's `uri`), which the client
 * that fills a template in and the mock server that matches requests against it both rely on:
 * a template that breaks them is built one way and routed another, or loses a caller's value.
 */

export interface UriProblem {
  code: 'SC2018' | 'SC2025';
  message: string;
  hint: string;
}

export interface ParsedUriTemplate {
  path: string;
  query: string;
  /** Label name → greedy, for every `{label}` written in the path, well placed or not. */
  labels: Map<string, boolean>;
  /** Keys of the literal query parameters (`/things?tagging&x=1` → tagging, x). */
  queryKeys: string[];
  problems: UriProblem[];
}

/** A `{label}` or `{label+}` of a URI template, its text inside the braces captured. */
export const LABEL = /\{([^{}]*)\}/g;
const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** RFC 3986 `pchar`: unreserved, percent-encoded, sub-delims, `:` and `@`. */
const PATH_TEXT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*$/;
/** RFC 3986 `query`: `pchar`, `/` and `?`. */
const QUERY_TEXT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

export function parseUriTemplate(uri: string): ParsedUriTemplate {
  const problems: UriProblem[] = [];
  const fragment = uri.indexOf('#');
  if (fragment !== -1) problems.push(uriRule(`the URI '${uri}' has a fragment`, 'a request never sends a #fragment; remove it'));
  const target = fragment === -1 ? uri : uri.slice(0, fragment);
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (queryStart !== -1 && query === '') problems.push(uriRule(`the URI '${uri}' ends with '?'`, 'remove the ?, or add a literal query parameter after it'));
  const labels = checkPath(uri, path, problems);
  const queryKeys = checkQuery(uri, query, problems);
  return { path, query, labels, queryKeys, problems };
}

function uriRule(message: string, hint: string): UriProblem {
  return { code: 'SC2025', message, hint };
}

function labelRule(message: string, hint: string): UriProblem {
  return { code: 'SC2018', message, hint };
}

/**
 * The path's segments. A trailing `/` is allowed (Smithy ignores it, and real AWS models have it);
 * any other empty segment is not.
 */
function segmentsOf(path: string): string[] {
  const segments = path.slice(1).split('/');
  if (segments[segments.length - 1] === '') segments.pop();
  return segments;
}

function checkPath(uri: string, path: string, problems: UriProblem[]): Map<string, boolean> {
  const segments = segmentsOf(path);
  if (segments.includes('')) problems.push(uriRule(`the URI '${uri}' has an empty path segment (//)`, 'remove the extra /'));
  if (segments.some((s) => s === '.' || s === '..')) problems.push(uriRule(`the URI '${uri}' has a . or .. segment`, 'HTTP clients resolve dot segments away before sending; write the path without them'));
  if (segments.some((s) => !PATH_TEXT.test(s.replace(LABEL, '')))) {
    problems.push(uriRule(`the URI '${uri}' has characters a URI path cannot hold`, "outside {labels}, a path holds letters, digits, -._~!$&'()*+,;=:@ and %XX escapes"));
  }
  const labels = new Map<string, boolean>();
  const greedy: { name: string; index: number }[] = [];
  segments.forEach((segment, index) => {
    for (const [whole, raw] of segment.matchAll(LABEL)) {
      const isGreedy = raw.endsWith('+');
      const name = isGreedy ? raw.slice(0, -1) : raw;
      if (!LABEL_NAME.test(name)) {
        problems.push(labelRule(`invalid URI label '{${raw}}'`, 'labels are identifiers, optionally ending in + for a greedy label'));
        continue;
      }
      if (labels.has(name)) problems.push(labelRule(`URI label '{${name}}' appears twice`, 'each label binds one member'));
      labels.set(name, isGreedy);
      if (whole !== segment) problems.push(labelRule(`URI label '${whole}' is not a whole path segment`, `a label fills a segment alone, as in /things/${whole}/; move the text around it into its own segment`));
      if (isGreedy) greedy.push({ name, index });
    }
    if (/[{}]/.test(segment.replace(LABEL, ''))) problems.push(labelRule(`the URI '${uri}' has an unmatched { or }`, 'write labels as {name} or {name+}'));
  });
  // Counted with a trailing `/`: the mock server would look for an empty segment after the
  // greedy label and never match.
  checkGreedy(greedy, path.slice(1).split('/').length, problems);
  return labels;
}

/**
 * Smithy allows one greedy label, anywhere (`/prefix/{key+}/suffix`); shapecraft's mock server
 * routes a greedy label only as the last segment, so a greedy label elsewhere is refused for now.
 */
function checkGreedy(greedy: { name: string; index: number }[], segmentCount: number, problems: UriProblem[]): void {
  if (greedy.length > 1) {
    problems.push(labelRule(`the URI has ${greedy.length} greedy labels (${greedy.map((g) => `{${g.name}+}`).join(', ')})`, 'at most one label may be greedy'));
  } else if (greedy.length === 1 && greedy[0].index !== segmentCount - 1) {
    problems.push(labelRule(`greedy label '{${greedy[0].name}+}' is not the last path segment`, 'Smithy allows a greedy label in the middle of a path, but shapecraft does not support it yet; make it the last segment'));
  }
}

function checkQuery(uri: string, query: string, problems: UriProblem[]): string[] {
  if (query === '') return [];
  if (/[{}]/.test(query)) {
    problems.push(labelRule(`the URI '${uri}' has a label in its query string`, "labels fill path segments only; bind the member with http: { query: name } instead"));
    return [];
  }
  const pairs = query.split('&');
  if (pairs.some((p) => !QUERY_TEXT.test(p))) problems.push(uriRule(`the URI '${uri}' has characters a query string cannot hold`, "a query holds letters, digits, -._~!$'()*+,;:@/? and %XX escapes, with & between pairs"));
  const keys = pairs.map((p) => p.split('=')[0]);
  if (keys.includes('')) problems.push(uriRule(`the URI '${uri}' has an empty query parameter`, 'remove the extra & or give the parameter a name'));
  const repeated = keys.find((k, i) => k !== '' && keys.indexOf(k) !== i);
  if (repeated !== undefined) problems.push(uriRule(`the URI '${uri}' repeats the literal query parameter '${repeated}'`, 'list each literal query parameter once'));
  return keys.filter((k) => k !== '');
}
