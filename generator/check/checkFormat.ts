import { Ajv, type ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParsedModelFile, PathSegment } from '../load/parseModelFile.ts';
import { didYouMeanHint } from './didYouMean.ts';
import { pathOfPointer } from './constraints/checkValue.ts';
import { modelFileSchema } from './formatSchema.ts';

// Compiled on every run, before anything else can start: AJV's optimizer would take about half of
// that time, and it only tidies code nobody reads.
const ajv = new Ajv({ allErrors: true, strict: false, ownProperties: true, verbose: true, code: { optimize: false } });
const validateModelFile = ajv.compile(modelFileSchema);

export interface FormatCheck {
  diagnostics: Diagnostic[];
  /**
   * Top-level entries with a problem, as `service`, `operations/<name>` or `shapes/<name>`; the
   * rest of the file can still be resolved and checked, so one run reports as much as it can.
   */
  broken: Set<string>;
}

/** Checks one parsed file against the format's JSON Schema; every problem becomes a located diagnostic. */
export function checkFormat(file: ParsedModelFile): FormatCheck {
  const broken = new Set<string>();
  if (validateModelFile(file.data)) return { diagnostics: [], broken };
  const errors = relevantErrors(validateModelFile.errors ?? []);
  for (const error of errors) broken.add(brokenEntryOf(error));
  const diagnostics = errors.map((error) => toDiagnostic(file, error));
  const seen = new Set<string>();
  return { broken, diagnostics: diagnostics.filter((d) => {
    const key = `${d.location?.line}:${d.location?.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }) };
}

/**
 * The top-level entry an error breaks. A bad name under `shapes:` or `operations:` is reported by
 * AJV on the map that holds it, but only that entry is wrong: the others in the file stand.
 */
function brokenEntryOf(error: ErrorObject): string {
  const path = pathOfPointer(error.instancePath);
  if (path[0] === 'service') return 'service';
  if (path.length >= 2) return `${path[0]}/${path[1]}`;
  if (path.length === 1 && error.keyword === 'propertyNames') return `${path[0]}/${String((error.params as { propertyName: unknown }).propertyName)}`;
  return 'file';
}

/**
 * AJV reports every failed branch of an `anyOf`, which reads as noise ("must be string", "must be
 * object", "must match a schema in anyOf") for one typo. Keep the errors that say what is wrong:
 * drop combinator errors when a more specific error explains them, and drop type errors of
 * branches the value plainly did not take.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const combinators = new Set(['anyOf', 'oneOf', 'if', 'not']);
  // A bad name is reported once, by the `propertyNames` error that names it; the errors nested in
  // it (the failed pattern) say the same thing about the map as a whole.
  errors = errors.filter((e) => e.propertyName === undefined);
  const specific = errors.filter((e) => !combinators.has(e.keyword));
  const kept = errors.filter(
    (e) => !combinators.has(e.keyword) || !specific.some((s) => s.instancePath.startsWith(e.instancePath)),
  );
  return kept.filter((e) => {
    if (e.keyword !== 'type' && e.keyword !== 'enum' && e.keyword !== 'const') return true;
    // A type/enum error at a path where another, structural error also stands came from a branch
    // the value did not take (a string where the object form was meant, or the reverse).
    return !kept.some(
      (other) => other !== e && other.instancePath === e.instancePath && other.keyword !== 'type' && other.keyword !== 'enum' && other.keyword !== 'const',
    );
  });
}

function describe(path: PathSegment[]): string {
  if (path.length === 0) return 'the file';
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

function toDiagnostic(file: ParsedModelFile, error: ErrorObject): Diagnostic {
  const path = pathOfPointer(error.instancePath);
  const where = describe(path);
  const base = { severity: 'error' as const };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return {
        ...base,
        code: 'SC1101',
        message: `unknown key '${key}' in ${where}`,
        hint: didYouMeanHint(key, allowed, `allowed keys: ${allowed.join(', ')}`),
        location: file.locate([...path, key], 'key'),
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return {
        ...base,
        code: 'SC1102',
        message: `${where} is missing the required key '${key}'`,
        hint: `add '${key}' (see docs/model-format.md)`,
        location: file.locate(path, 'key'),
      };
    }
    case 'propertyNames':
    case 'pattern': {
      if (error.keyword === 'propertyNames') {
        const key = String(params.propertyName);
        return {
          ...base,
          code: 'SC1103',
          message: `'${key}' is not a valid name in ${where}`,
          hint: 'names start with a letter (members may also start with _) and hold only letters, digits and _',
          location: file.locate([...path, key], 'key'),
        };
      }
      return {
        ...base,
        code: 'SC1104',
        message: `${where} has an invalid value: it must match ${String(params.pattern)}`,
        hint: hintForPattern(path),
        location: file.locate(path),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        ...base,
        code: 'SC1105',
        message: `${where} must be one of: ${allowed.join(', ')}`,
        hint: didYouMeanHint(String(valueAt(file.data, path)), allowed, `use one of: ${allowed.join(', ')}`),
        location: file.locate(path),
      };
    }
    case 'type':
      return {
        ...base,
        code: 'SC1106',
        message: `${where} must be ${article(String(params.type))}`,
        hint: 'see docs/model-format.md for the form of this key',
        location: file.locate(path),
      };
    default:
      return {
        ...base,
        code: 'SC1100',
        message: `${where} ${error.message ?? 'is invalid'}`,
        hint: 'see docs/model-format.md',
        location: file.locate(path),
      };
  }
}

function hintForPattern(path: PathSegment[]): string {
  const key = path[path.length - 1];
  if (key === 'http') return "write the method and path, e.g. 'POST /v1/things/{id}'";
  if (key === 'endpoint') return "an https URL with only a host, e.g. 'https://service.{region}.amazonaws.com'";
  if (key === 'mediaType') return "a media type (it becomes the payload's Content-Type), e.g. 'image/png' or 'text/plain; charset=utf-8'";
  return 'see docs/model-format.md for the allowed form';
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'a map', array: 'a list', string: 'a string', boolean: 'true or false', integer: 'a whole number', number: 'a number' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let value = data;
  for (const segment of path) value = (value as Record<string, unknown> | undefined)?.[segment as string];
  return value;
}
