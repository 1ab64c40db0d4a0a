/**
 * A model whose every free-text field is hostile: Markdown and HTML syntax, backticks, comment
 * ends, template braces, script, RST directives, line separators and a very long unbroken line.
 * Names stay as they are: the model format only admits identifiers there.
 */
import type { JsonValue, ServiceIR } from '../../generator/ir/types.ts';

const LONG = `long-${'x'.repeat(3000)}-end`;

/** Marks the planted text so tests can find where it landed. */
export const MARK = 'PLANTED';

export const HOSTILE = [
  `${MARK} *em* **strong** _u_ \`code\` \`\`\` fence`,
  '*/ end of a comment /* {{constructor}} {{{raw}}} {{> partial}} ${template}',
  "<script>alert('md')</script> <img src=x onerror=\"alert('img')\"> <a href=\"javascript:alert('a')\">a</a>",
  '[click](javascript:alert(1)) ![pixel](http://tracker.example/p.png) <http://autolink.example>',
  '',
  '# Heading from the model',
  '',
  '.. raw:: html',
  '',
  "   <script>alert('rst')</script>",
  '',
  '| a | b |\n| - | - |\n| c | d |',
  '',
  `- list\n1. numbered\n> quote\n=====\n\u2028after a line separator\u2029 ${LONG}`,
].join('\n');

/** A one-line hostile string, for fields that are not docs (titles, enum values, patterns, messages). */
export const HOSTILE_LINE = `${MARK} */ {{x}} <script>alert('line')</script> \`a\`\`b\` *c* _d_ |e| [f](javascript:g) .. raw:: html\n# h\u2028 ${LONG}`;

function plantValue(value: JsonValue): JsonValue {
  if (typeof value === 'string') return HOSTILE_LINE;
  if (Array.isArray(value)) return value.map(plantValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plantValue(v)]));
  }
  return value;
}

/** A copy of `ir` with hostile text in every field a model author writes freely. */
export function plantHostile(ir: ServiceIR): ServiceIR {
  const copy = structuredClone(ir);
  copy.title = `Widgets ${HOSTILE_LINE}`;
  copy.docs = HOSTILE;
  copy.version = HOSTILE_LINE;
  copy.package.license = HOSTILE_LINE;
  copy.package.name = `@x/y"; alert('pkg'); '`;
  for (const op of copy.operations) {
    op.docs = HOSTILE;
    if (op.deprecated) op.deprecated = { message: HOSTILE_LINE, since: HOSTILE_LINE };
    for (const example of op.examples) {
      example.title = HOSTILE_LINE;
      example.docs = HOSTILE;
      example.input = plantValue(example.input) as { [key: string]: JsonValue };
      // Map keys are free text too.
      example.input.labels = { [HOSTILE_LINE]: HOSTILE_LINE };
    }
  }
  for (const shape of copy.shapes) {
    shape.docs = HOSTILE;
    if (shape.deprecated) shape.deprecated = { message: HOSTILE_LINE };
    if (shape.type === 'string') {
      if (shape.pattern) shape.pattern = HOSTILE_LINE;
      if (shape.mediaType) shape.mediaType = HOSTILE_LINE;
      shape.knownValues = shape.knownValues?.map((v) => ({ ...v, value: HOSTILE_LINE, docs: HOSTILE }));
    }
    if (shape.type === 'enum') shape.values = shape.values.map((v, i) => ({ ...v, value: `${HOSTILE_LINE}${i}`, docs: HOSTILE }));
    if (shape.type === 'structure') {
      shape.rules = shape.rules.map((r) => ({ ...r, docs: HOSTILE }));
      if (shape.error) shape.error.code = HOSTILE_LINE;
    }
    if (shape.type === 'structure' || shape.type === 'union') {
      for (const member of shape.members) {
        member.docs = HOSTILE;
        if (member.pattern) member.pattern = HOSTILE_LINE;
        if (member.deprecated) member.deprecated = { message: HOSTILE_LINE, since: HOSTILE_LINE };
        if (member.default !== undefined) member.default = HOSTILE_LINE;
        if (member.http?.kind === 'header' || member.http?.kind === 'query') member.http.name = HOSTILE_LINE;
        if (member.http?.kind === 'prefixHeaders') member.http.prefix = HOSTILE_LINE;
      }
    }
  }
  return copy;
}
