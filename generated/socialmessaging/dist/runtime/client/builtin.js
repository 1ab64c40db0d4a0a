/**
 * Node's built-in modules (`node:zlib`, `node:crypto`) where the runtime has them (Node, Deno,
 * Bun), reached through `process.getBuiltinModule` rather than an import, so a browser bundle
 * resolves nothing of Node's. Each is looked up once.
 */
const modules = new Map();
export function nodeBuiltin(id) {
    if (!modules.has(id)) {
        const process = globalThis.process;
        modules.set(id, process?.getBuiltinModule?.(id));
    }
    return modules.get(id);
}
//# sourceMappingURL=builtin.js.map