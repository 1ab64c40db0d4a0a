export declare function sanitizeErrorCode(raw: string): string;
export interface ErrorCode {
    /** The sanitised wire code; empty when the response carried none. */
    code: string;
    message?: string;
    /** The body is a JSON object (the members can be read from it). */
    json: boolean;
}
/** Never throws: a malformed error response still has a (perhaps empty) code. */
export declare function readErrorCode(headers: Record<string, string>, body: Uint8Array): ErrorCode;
//# sourceMappingURL=errors.d.ts.map