/**
 * A header value as an HTTP server receives it. Values travel as bytes: a client sends a JavaScript string as its
 * UTF-8 bytes, and Node's parser (like API Gateway's front end) hands them back one byte per character (latin1),
 * with only the optional whitespace of RFC 9110 (space and tab) trimmed at both ends. So a full-width space
 * (U+3000, an IME slip) pasted before a token is not whitespace on the wire: it arrives as "\u00e3\u0080\u0080".
 * The doctor evaluates what it would send in this form, so it judges the bytes the gateway judges.
 */
export function headerValueAsReceived(value: string): string {
  const wire = /^[\x00-\x7f]*$/.test(value) ? value : Buffer.from(value, "utf8").toString("latin1");
  return trimOptionalWhitespace(wire);
}

/** Trims space and horizontal tab only (RFC 9110 OWS), unlike String.prototype.trim, which trims Unicode spaces too. */
export function trimOptionalWhitespace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s[start] === " " || s[start] === "\t")) start++;
  while (end > start && (s[end - 1] === " " || s[end - 1] === "\t")) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** A received value shown to a person: the UTF-8 text its bytes spell, when they spell one. */
export function headerValueAsText(received: string): string {
  if (/^[\x00-\x7f]*$/.test(received) || /[^\x00-\xff]/.test(received)) return received;
  const text = Buffer.from(received, "latin1").toString("utf8");
  return text.includes("\ufffd") ? received : text;
}
