/**
 * Exit codes of every shapecraft command: 0 success, 1 the command ran and failed (model errors,
 * --check differences), 2 usage error (unknown command or option), 70 internal error (a bug).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;
