/**
 * Node's built-in modules (`node:zlib`, `node:crypto`) where the runtime has them (Node, Deno,
 * Bun), reached through `process.getBuiltinModule` rather than an import, so a browser bundle
 * resolves nothing of Node's. Each is looked up once.
 */
const modules = new Map<string, unknown>();

export function nodeBuiltin<T>(id: string): T | undefined {
  if (!modules.has(id)) {
    const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    modules.set(id, process?.getBuiltinModule?.(id));
  }
  return modules.get(id) as T | undefined;
}
