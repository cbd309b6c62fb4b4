/** JSON pointers (RFC 6901): how findings name a value inside a file's data. */

export function pointerSegment(key: string | number): string {
  const s = String(key);
  // Most keys need no escape; testing first spares two replacements per key of a large plan.
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${pointerSegment(s)}`).join('');
}

export function splitPointer(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
