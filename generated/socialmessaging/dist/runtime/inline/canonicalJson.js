/** A JSON text that is equal for equal values whatever their key order: uniqueItems compares these. */
export function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
        const o = v;
        return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
    }
    return v instanceof Uint8Array ? `b${Array.from(v).join(',')}` : String(JSON.stringify(v));
}
//# sourceMappingURL=canonicalJson.js.map