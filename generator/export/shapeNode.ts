import { enumNameOf } from '../resolve/resolveModel.ts';
import type {
  Bounds, Deprecation, EnumValueIR, HttpBindingIR, MemberIR, MemberTraitsIR, RuleIR, ShapeIR,
} from '../ir/types.ts';
import { flow } from './yamlText.ts';

/** `true` when a deprecation says nothing more, otherwise its message and version. */
export function deprecatedNode(d: Deprecation | undefined): unknown {
  if (d === undefined) return undefined;
  return d.message === undefined && d.since === undefined ? true : flow({ message: d.message, since: d.since });
}

const boundsNode = (b: Bounds | undefined) => (b === undefined ? undefined : flow({ min: b.min, max: b.max }));

function traitsNode(t: MemberTraitsIR): Record<string, unknown> {
  return {
    length: boundsNode(t.length),
    range: boundsNode(t.range),
    pattern: t.pattern,
    timestampFormat: t.timestampFormat,
    jsonName: t.jsonName,
  };
}

/** `label` when the URI label is named like the member, otherwise the one-key map form. */
function httpNode(binding: HttpBindingIR | undefined, memberName: string): unknown {
  if (binding === undefined) return undefined;
  switch (binding.kind) {
    case 'label':
      return binding.name === memberName ? 'label' : flow({ label: binding.name });
    case 'query':
      return flow({ query: binding.name });
    case 'header':
      return flow({ header: binding.name });
    case 'prefixHeaders':
      return flow({ prefixHeaders: binding.prefix });
    default:
      return binding.kind;
  }
}

/** A member: the bare target when nothing else is said, else an object (flow style when short). */
function memberNode(m: MemberIR): unknown {
  const node = {
    target: m.target,
    required: m.required ? true : undefined,
    default: m.default,
    http: httpNode(m.http, m.name),
    idempotencyToken: m.idempotencyToken,
    hostLabel: m.hostLabel,
    sensitive: m.sensitive,
    deprecated: deprecatedNode(m.deprecated),
    ...traitsNode(m),
    docs: m.docs,
  };
  const said = Object.entries(node).filter(([, v]) => v !== undefined);
  if (said.length === 1) return m.target;
  return m.docs === undefined ? flow(node) : node;
}

/** A list member or map value: bare target, or the target with its member traits. */
function elementNode(target: string, traits: MemberTraitsIR | undefined): unknown {
  if (traits === undefined) return target;
  return flow({ target, ...traitsNode(traits) });
}

/** Enum values as bare strings where the symbolic name is the default one. */
function valuesNode(values: EnumValueIR[]): unknown {
  const plain = values.every((v) => v.name === enumNameOf(v.value) && v.docs === undefined && v.deprecated === undefined);
  if (plain) return values.length <= 8 ? flow(values.map((v) => v.value)) : values.map((v) => v.value);
  return values.map((v) =>
    v.name === enumNameOf(v.value) && v.docs === undefined && v.deprecated === undefined
      ? v.value
      : { value: v.value, name: v.name === enumNameOf(v.value) ? undefined : v.name, deprecated: deprecatedNode(v.deprecated), docs: v.docs },
  );
}

function ruleNode(rule: RuleIR): unknown {
  const members = flow(rule.members);
  const head = rule.kind === 'requiresAll' ? { requires: members, when: rule.when } : { [rule.kind]: members };
  return { ...head, docs: rule.docs };
}

/** One shape in the concise form of docs/model-format.md. */
export function shapeNode(shape: ShapeIR): Record<string, unknown> {
  const head = { type: shape.type, sensitive: shape.sensitive, deprecated: deprecatedNode(shape.deprecated) };
  const tail = { docs: shape.docs };
  switch (shape.type) {
    case 'string':
      return { ...head, length: boundsNode(shape.length), pattern: shape.pattern, mediaType: shape.mediaType, knownValues: shape.knownValues && valuesNode(shape.knownValues), ...tail };
    case 'enum':
      return { ...head, values: valuesNode(shape.values), ...tail };
    case 'intEnum':
      return {
        ...head,
        values: shape.values.map((v) => (v.docs === undefined && v.deprecated === undefined ? flow({ name: v.name, value: v.value }) : { name: v.name, value: v.value, deprecated: deprecatedNode(v.deprecated), docs: v.docs })),
        ...tail,
      };
    case 'blob':
      return { ...head, length: boundsNode(shape.length), streaming: shape.streaming, mediaType: shape.mediaType, ...tail };
    case 'timestamp':
      return { ...head, format: shape.format, ...tail };
    case 'boolean':
    case 'document':
      return { ...head, ...tail };
    case 'list':
      return { ...head, member: elementNode(shape.member, shape.memberTraits), length: boundsNode(shape.length), uniqueItems: shape.uniqueItems, sparse: shape.sparse, ...tail };
    case 'map':
      return { ...head, key: shape.key, value: elementNode(shape.value, shape.valueTraits), length: boundsNode(shape.length), sparse: shape.sparse, ...tail };
    case 'structure':
      return {
        ...head,
        error: shape.error && flow({ status: shape.error.httpStatus, fault: shape.error.fault, retryable: shape.error.retryable, throttling: shape.error.throttling, code: shape.error.code }),
        ...tail,
        members: shape.members.length ? Object.fromEntries(shape.members.map((m) => [m.name, memberNode(m)])) : undefined,
        rules: shape.rules.length ? shape.rules.map(ruleNode) : undefined,
      };
    case 'union':
      return { ...head, ...tail, members: Object.fromEntries(shape.members.map((m) => [m.name, memberNode(m)])) };
    default:
      return { ...head, range: boundsNode(shape.range), ...tail };
  }
}
