/**
 * Bounds on what an error echoes back of its input. Messages quote the values they refuse (AWS's
 * validation text does), so a 20 KB input became a 20 KB `x-amzn-ErrorMessage` header, which the AWS SDK
 * (undici, 16 KB of headers) refuses as "Header overflow" instead of reading the error. And a lone UTF-16
 * surrogate made `encodeURI` throw while the header was built, turning a 400 into a 500.
 */

/** The longest value a validation message quotes; longer ones are cut and marked. */
export const MAX_QUOTED_VALUE = 256;
/** The longest error message in a body. */
export const MAX_MESSAGE = 4096;
/** The longest `x-amzn-ErrorMessage` header value, after percent-encoding. */
export const MAX_HEADER_MESSAGE = 2048;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates with U+FFFD, as a UTF-8 encoder does (String.prototype.toWellFormed). */
export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, "\uFFFD");

/** Cuts `s` to `max` UTF-16 units without leaving half a surrogate pair, marking the cut. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return wellFormed(s);
  return `${wellFormed(s.slice(0, max))}...`;
}

/** A message as a body carries it: well-formed and bounded. */
export const boundedMessage = (m: string): string => truncate(m, MAX_MESSAGE);

/**
 * A message as a header carries it. AWS sends printable ASCII as it is; anything else is percent-encoded
 * here (a header value cannot hold it), then the result is cut at a whole escape.
 */
export function headerMessage(m: string): string {
  const s = wellFormed(m);
  let v = /^[\x20-\x7e]*$/.test(s) ? s : encodeURI(s);
  if (v.length > MAX_HEADER_MESSAGE) {
    v = v.slice(0, MAX_HEADER_MESSAGE);
    // Do not leave a broken %XX escape at the end.
    const pct = v.lastIndexOf("%");
    if (pct >= v.length - 2) v = v.slice(0, pct);
    v = `${v}...`;
  }
  return v;
}
