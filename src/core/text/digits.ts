/** Whether a text is one or more ASCII digits, like /^[0-9]+$/ but without the cost of a regular expression. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}
