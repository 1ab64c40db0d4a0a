/** One broken constraint. */
export interface ValidationIssue {
    /** JSON Pointer to the offending value (`/setupFinalization/phoneNumbers/0/id`); `` is the root. */
    path: string;
    /** The constraint that failed: `required`, `type`, `length`, `pattern`, `enum`, `range`, `unknownMember`, `union`, `uniqueItems`, a rule kind such as `atMostOneOf`, or `schema` when no single one could be named. */
    constraint: string;
    /** What is wrong, without the offending value (it may be a secret). */
    message: string;
}
export type ScType = 'string' | 'boolean' | 'number' | 'object' | 'array' | 'date' | 'blob' | 'any' | 'byte' | 'short' | 'integer' | 'long' | 'bigInteger';
export interface Bounds {
    min?: number;
    max?: number;
}
export interface Rule {
    kind: string;
    members: readonly string[];
    when?: string;
}
/** A schema node, or a reference to a shape's node (a function, so recursive shapes can refer to themselves). */
export type Schema = SchemaNode | (() => SchemaNode);
export interface SchemaNode {
    scType?: ScType;
    /** String length in code points. */
    scLength?: Bounds;
    /** `test` is the pattern's compiled form; it runs only on a string within `length`. */
    scPattern?: {
        pattern: string;
        length?: Bounds;
        test: (value: string) => boolean;
    };
    scCount?: Bounds & {
        unit: 'items' | 'entries';
    };
    scBytes?: Bounds;
    scRange?: Bounds & {
        type: ScType;
    };
    scEnum?: readonly (string | number)[];
    scUnique?: boolean;
    scRule?: Rule;
    scUnion?: readonly string[];
    properties?: Readonly<Record<string, Schema>>;
    required?: readonly string[];
    /** `false`: no members but `properties`; a schema: every entry's value (maps). */
    additionalProperties?: false | Schema;
    propertyNames?: Schema;
    items?: Schema;
    allOf?: readonly Schema[];
    /**
     * `{ if: { type: 'null' }, else: item }` lets null through (sparse collections);
     * `{ if: { scUndefined: true }, else: member }` lets undefined through (a `__proto__` member,
     * which `check` reaches through `patternProperties`, even when its value is undefined).
     */
    if?: {
        type?: 'null';
        scUndefined?: true;
    };
    else?: Schema;
}
/** The whole-number types with a fixed range; `bigInteger` has none. Shared with the `check` keywords. */
export declare const INTEGER_LIMITS: Partial<Record<ScType, [number, number]>>;
/**
 * The most issues `explain` lists. A value from the network can break one constraint per item of
 * a huge list (a million in a 3 MB request): listing them all costs time and memory in proportion.
 * A value that breaks this many is reported by its first `MAX_ISSUES` problems, and a caller that
 * gets exactly `MAX_ISSUES` should say "N or more". No honest input comes close, so every problem
 * of a normal input is still listed (a mock server sends back fewer, see server.ts).
 */
export declare const MAX_ISSUES = 10000;
/**
 * Every issue of a value `check` rejected (up to `MAX_ISSUES`), in the order the schema states its
 * constraints. Never empty: should this interpreter and `check` ever disagree, the value is still
 * reported invalid (with an issue that says so) rather than passed as valid.
 */
export declare function explain(schema: Schema, value: unknown): ValidationIssue[];
//# sourceMappingURL=validation.d.ts.map