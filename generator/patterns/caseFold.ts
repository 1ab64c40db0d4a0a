/** The code point and its simple upper- and lower-case forms, when they are single code points. */
export function caseVariants(code: number): number[] {
  const ch = String.fromCodePoint(code);
  const variants = new Set([code]);
  for (const other of [ch.toLowerCase(), ch.toUpperCase()]) {
    if ([...other].length === 1) variants.add(other.codePointAt(0)!);
  }
  return [...variants];
}

/** True when a range holds cased letters beyond ASCII, which the ASCII range shift cannot expand. */
export function hasNonAsciiCase(from: number, to: number): boolean {
  for (let c = Math.max(from, 0x80); c <= to && c <= 0x2ffff; c++) {
    if (caseVariants(c).length > 1) return true;
  }
  return false;
}
