/**
 * What an HTTP/1.1 header field can carry (RFC 9110 §5.1 token names, §5.5 field values: visible ASCII, obs-text
 * 0x80–0xFF, space and tab). Node's writeHead throws on anything else, so a value mapped from a request (a query
 * string with CR/LF, a character outside Latin-1) is checked before it becomes a header.
 */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

export const isHeaderName = (name: string): boolean => TOKEN.test(name);

export const isHeaderValue = (value: string): boolean => FIELD_VALUE.test(value);
