/**
 * Safe access to values that came from users or the network. Member names and map keys such as
 * `__proto__`, `constructor` or `toString` are data: reading them must not find `Object.prototype`
 * and writing them must create an own property, never change a prototype.
 */

export type Bag = Record<string, unknown>;

export function isObject(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property, or undefined (never an inherited one). */
export function getOwn(obj: Bag, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** `obj[key] = value` that creates an own, enumerable property even for `__proto__`. */
export function setOwn(obj: Bag, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Thrown by the serde when a value does not have the shape the schema says; callers turn it into a typed error. */
export class SerdeError extends Error {
  override name = 'SerdeError';
}
