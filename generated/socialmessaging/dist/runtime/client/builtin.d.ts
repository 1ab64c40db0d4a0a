export declare function nodeBuiltin<T>(id: string): T | undefined;
//# sourceMappingURL=builtin.d.ts.map