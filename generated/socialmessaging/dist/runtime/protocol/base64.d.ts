export declare function toBase64(bytes: Uint8Array): string;
export declare function fromBase64(text: string): Uint8Array;
export declare function utf8(text: string): Uint8Array;
export declare function fromUtf8(bytes: Uint8Array): string;
/** UTF-8 text that must be valid: bytes that are not throw SerdeError instead of becoming U+FFFD. */
export declare function fromUtf8Strict(bytes: Uint8Array): string;
/** A blob as bytes: callers may pass text, which travels as UTF-8. */
export declare function toBytes(value: unknown): Uint8Array;
//# sourceMappingURL=base64.d.ts.map