/** A JSON text that is equal for equal values whatever their key order: uniqueItems compares these. */
export declare function canonicalJson(v: unknown): string;
//# sourceMappingURL=canonicalJson.d.ts.map