/**
 * Operation traits both source formats carry in the same shape: the endpoint's host prefix and
 * request compression. Smithy's and botocore's spellings differ only in where they sit.
 */
import type { CompressionEncoding, RequestCompressionIR } from '../../ir/types.ts';
import { memberNames } from './names.ts';
import { preview, type Note } from './report.ts';


const ENCODINGS = new Set<string>(['gzip']);

/**
 * The host prefix with its `{labels}` renamed as the input's members were (an illegal source
 * member name gets a legal one, and the label must follow it).
 */
export function importHostPrefix(prefix: unknown, inputMembers: string[], trait: string, note: Note): string | undefined {
  if (prefix === undefined) return undefined;
  if (typeof prefix !== 'string' || prefix === '') {
    note(trait, `not a host prefix: ${preview(prefix)}; requests go to the service endpoint`);
    return undefined;
  }
  const names = memberNames(inputMembers);
  return prefix.replace(/\{([^{}]*)\}/g, (label, name: string) => (names.has(name) ? `{${names.get(name)}}` : label));
}

/** The encodings the IR knows, in the source's order; the others are reported and left out. */
export function importRequestCompression(encodings: unknown, trait: string, note: Note): RequestCompressionIR | undefined {
  if (encodings === undefined) return undefined;
  if (!Array.isArray(encodings)) {
    note(trait, `not a list of encodings: ${preview(encodings)}`);
    return undefined;
  }
  const known = [...new Set(encodings.filter((e): e is CompressionEncoding => ENCODINGS.has(e)))];
  const unknown = encodings.filter((e) => !ENCODINGS.has(e));
  if (unknown.length > 0) note(trait, `unsupported encodings left out (gzip is the only one): ${preview(unknown)}`);
  return known.length > 0 ? { encodings: known } : undefined;
}
