export declare function toBase64(bytes: Uint8Array): string;
export declare function fromBase64(text: string): Uint8Array;
export declare function utf8(text: string): Uint8Array;
export declare function fromUtf8(bytes: Uint8Array): string;
//# sourceMappingURL=base64.d.ts.map