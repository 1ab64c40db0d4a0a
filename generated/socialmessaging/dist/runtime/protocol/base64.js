/**
 * Base64 without Node's Buffer, so the runtime works in browsers too. `btoa`/`atob` work on
 * "binary strings"; chunking keeps `String.fromCharCode` within argument limits.
 */
import { SerdeError } from './data.js';
export function toBase64(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}
export function fromBase64(text) {
    let binary;
    try {
        binary = atob(text);
    }
    catch {
        throw new SerdeError('invalid base64');
    }
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++)
        bytes[i] = binary.charCodeAt(i);
    return bytes;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
export function utf8(text) {
    return encoder.encode(text);
}
export function fromUtf8(bytes) {
    return decoder.decode(bytes);
}
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 text that must be valid: bytes that are not throw SerdeError instead of becoming U+FFFD. */
export function fromUtf8Strict(bytes) {
    try {
        return strictDecoder.decode(bytes);
    }
    catch {
        throw new SerdeError('the text is not valid UTF-8');
    }
}
/** A blob as bytes: callers may pass text, which travels as UTF-8. */
export function toBytes(value) {
    if (value instanceof Uint8Array)
        return value;
    if (typeof value === 'string')
        return utf8(value);
    throw new SerdeError('expected a blob (Uint8Array or string)');
}
//# sourceMappingURL=base64.js.map