/**
 * Safe access to values that came from users or the network. Member names and map keys such as
 * `__proto__`, `constructor` or `toString` are data: reading them must not find `Object.prototype`
 * and writing them must create an own property, never change a prototype.
 */
export type Bag = Record<string, unknown>;
export declare function isObject(value: unknown): value is Bag;
/** The value of an own property, or undefined (never an inherited one). */
export declare function getOwn(obj: Bag, key: string): unknown;
/** `obj[key] = value` that creates an own, enumerable property even for `__proto__`. */
export declare function setOwn(obj: Bag, key: string, value: unknown): void;
/** Thrown by the serde when a value does not have the shape the schema says; callers turn it into a typed error. */
export declare class SerdeError extends Error {
    name: string;
}
//# sourceMappingURL=data.d.ts.map