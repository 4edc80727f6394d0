/** Percent-decoding that never throws: a malformed escape (`%zz`, a lone `%E3`) is kept as it was sent. */
export function decodeUriComponentSafe(s: string): string {
  // Without an escape there is nothing to decode (and nothing to throw on): the common case, kept cheap.
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
